"""Server-side SVG bar charts: no script, nothing fetched from the internet."""

from collections.abc import Sequence
from dataclasses import dataclass

ROW_HEIGHT = 44
LABEL_HEIGHT = 18
BAR_HEIGHT = 18
WIDTH = 640
BAR_MAX_WIDTH = 520


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    percent: int
    label_y: int
    bar_y: int
    width: int
    value_x: int


@dataclass(frozen=True)
class BarChart:
    bars: list[Bar]
    width: int
    height: int


def horizontal_bar_chart(items: Sequence[tuple[str, int, int]]) -> BarChart:
    """A chart of (label, value, percent) rows: each label above its bar, the value after it."""
    largest = max((value for _label, value, _percent in items), default=0) or 1
    bars = []
    for index, (label, value, percent) in enumerate(items):
        top = index * ROW_HEIGHT
        width = round(BAR_MAX_WIDTH * value / largest)
        bars.append(
            Bar(
                label=label,
                value=value,
                percent=percent,
                label_y=top + LABEL_HEIGHT - 4,
                bar_y=top + LABEL_HEIGHT,
                width=width,
                value_x=width + 8,
            )
        )
    return BarChart(bars=bars, width=WIDTH, height=max(len(bars), 1) * ROW_HEIGHT)
