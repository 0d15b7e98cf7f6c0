"""Signed, expiring, single-purpose links (no login): one salt per purpose, one payload per
person and checkpoint (or organisation and event). Signed with the site's SECRET_KEY."""

from dataclasses import dataclass

from django.core import signing

CHECKPOINT_ANSWER = "outcomes.checkpoint.answer"
UNSUBSCRIBE = "outcomes.followup.unsubscribe"
EMPLOYER_FOLLOWUP = "outcomes.employer.followup"
DAY = 24 * 3600


@dataclass(frozen=True)
class LinkError:
    reason: str  # "expired" or "invalid"


def make(purpose: str, *, object_id: int, owner_id: int) -> str:
    return signing.dumps({"o": object_id, "p": owner_id}, salt=purpose, compress=False)


def read(purpose: str, token: str, *, max_age_days: int) -> tuple[int, int] | LinkError:
    """(object id, owner id) of a valid token, else why it is refused."""
    try:
        data = signing.loads(token, salt=purpose, max_age=max_age_days * DAY)
    except signing.SignatureExpired:
        return LinkError("expired")
    except signing.BadSignature:
        return LinkError("invalid")
    if not isinstance(data, dict) or not {"o", "p"} <= set(data):
        return LinkError("invalid")
    return int(data["o"]), int(data["p"])
