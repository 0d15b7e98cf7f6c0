"""axe-core, bundled by axe-playwright-python, run in the page under test (no network)."""

from axe_playwright_python.sync_playwright import Axe

BLOCKING_IMPACTS = {"serious", "critical"}

_axe = Axe()


def blocking_violations(page) -> list[str]:
    """The serious and critical accessibility violations on the page, one line each."""
    results = _axe.run(page)
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} — "
        + "; ".join(node["target"][0] if node["target"] else "?" for node in violation["nodes"][:3])
        for violation in results.response["violations"]
        if violation["impact"] in BLOCKING_IMPACTS
    ]


def assert_accessible(page) -> None:
    problems = blocking_violations(page)
    assert not problems, f"{page.url}:\n" + "\n".join(problems)


# WCAG 2.2 AA, target size (2.5.8) included: the rules the participant's pages are held to.
WCAG22_OPTIONS = {
    "resultTypes": ["violations"],
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
    },
}


def assert_accessible_wcag22(page) -> None:
    """Every WCAG 2.2 A/AA violation fails, whatever its impact."""
    results = _axe.run(page, options=WCAG22_OPTIONS)
    problems = [
        f"{violation['id']} ({violation['impact']}): {violation['help']} — "
        + "; ".join(node["target"][0] if node["target"] else "?" for node in violation["nodes"][:3])
        for violation in results.response["violations"]
    ]
    assert not problems, f"{page.url}:\n" + "\n".join(problems)
