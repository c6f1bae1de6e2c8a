"""The chart of the level per theme: one horizontal bar per theme, coloured and labelled.

Low, medium and high are drawn as 1, 2 and 3 thirds of the scale; the level word is printed
on every bar, so the chart still reads in black and white.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from ..domain.levels import Level, level_label
from .fonts import BOLD, REGULAR
from .palette import INK, LEVEL_FILL, LEVEL_TEXT, MUTED, RULE, SHADE

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing

TITLE_SIZE = 8.5
TITLE_LEADING = 10
ROW_HEIGHT = 26
BAR_HEIGHT = 14
AXIS_HEIGHT = 18
MAX_TITLE_LINES = 2


@dataclass(frozen=True, slots=True)
class Bar:
    title: str
    level: Level
    answered: int
    total: int
    # False while questions of the theme are open and it is not high: drawn without the
    # level's colour and labelled provisional, so no unfinished theme reads as green.
    settled: bool = True
    provisional_label: str = ""


def _fit_lines(text: str, width: float) -> list[str]:
    lines = simpleSplit(text, REGULAR, TITLE_SIZE, width) or [""]
    if len(lines) <= MAX_TITLE_LINES:
        return lines
    last = " ".join(lines[MAX_TITLE_LINES - 1 :])
    while last and stringWidth(last + "…", REGULAR, TITLE_SIZE) > width:
        last = last[:-1]
    return [*lines[: MAX_TITLE_LINES - 1], last.rstrip() + "…"]


def chart_height(rows: int) -> float:
    return AXIS_HEIGHT + ROW_HEIGHT * rows + 4


class LevelChart(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """The chart as a flowable that splits between bars: a checklist with more themes than a
    page holds continues on the next page, with the scale repeated above the rest."""

    def __init__(self, bars: Sequence[Bar], width: float, lang: str) -> None:
        super().__init__()
        self.bars = list(bars)
        self.chart_width = width
        self.lang = lang

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.chart_width, chart_height(len(self.bars))

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        rows = int((available_height - chart_height(0)) // ROW_HEIGHT)
        if rows < 1:
            return []  # not one bar fits here: the whole goes to the next page
        return [LevelChart(self.bars[:rows], self.chart_width, self.lang), LevelChart(self.bars[rows:], self.chart_width, self.lang)]

    def draw(self) -> None:
        level_chart(self.bars, self.chart_width, self.lang).drawOn(self.canv, 0, 0)


def level_chart(bars: Sequence[Bar], width: float, lang: str) -> Drawing:
    # reportlab.graphics loads when a chart is drawn: the summary has none.
    from reportlab.graphics.shapes import Drawing, Line, Rect, String

    label_width = width * 0.40
    count_width = 40
    x0 = label_width + 10
    x1 = width - count_width - 6
    span = x1 - x0
    height = chart_height(len(bars))
    d = Drawing(width, height)

    top = height - AXIS_HEIGHT
    for level in Level:
        x = x0 + span * (level + 1) / 3
        d.add(Line(x, 2, x, top, strokeColor=RULE, strokeWidth=0.5, strokeDashArray=(2, 2)))
        d.add(String(x, top + 6, level_label(level, lang), fontName=REGULAR, fontSize=8, fillColor=MUTED, textAnchor="end"))
    d.add(Line(x0, 2, x0, top, strokeColor=MUTED, strokeWidth=0.7))

    for i, bar in enumerate(bars):
        row_top = top - i * ROW_HEIGHT
        middle = row_top - ROW_HEIGHT / 2
        lines = _fit_lines(bar.title, label_width)
        first = middle + (len(lines) - 1) * TITLE_LEADING / 2 - TITLE_SIZE * 0.35
        for n, line in enumerate(lines):
            d.add(String(0, first - n * TITLE_LEADING, line, fontName=REGULAR, fontSize=TITLE_SIZE, fillColor=INK))
        length = span * (bar.level + 1) / 3
        fill, ink = (LEVEL_FILL[bar.level], LEVEL_TEXT[bar.level]) if bar.settled else (SHADE, INK)
        word = level_label(bar.level, lang) if bar.settled else bar.provisional_label
        d.add(Rect(x0, middle - BAR_HEIGHT / 2, length, BAR_HEIGHT, fillColor=fill, strokeColor=None if bar.settled else RULE))
        d.add(String(x0 + 5, middle - 3, word, fontName=BOLD, fontSize=8.5, fillColor=ink))
        d.add(
            String(
                width,
                middle - 3,
                f"{bar.answered}/{bar.total}",
                fontName=REGULAR,
                fontSize=8.5,
                fillColor=MUTED,
                textAnchor="end",
            )
        )
    return d
