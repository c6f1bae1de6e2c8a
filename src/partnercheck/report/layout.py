"""What the report's sections share: page geometry, paragraph styles, the report context and
small building blocks (headings that are bookmarks, level chips, tables)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    Flowable,
    Table,
    TableStyle,
)

from ..domain.assessment import Assessment
from ..domain.checklist import Checklist
from ..domain.numbering import question_numbers
from ..domain.scoring import Level, Score, level_label
from ..domain.text import LocalText
from . import texts
from .bidi import Paragraph
from .fonts import BOLD, REGULAR, clean, marker, markup, report_lang
from .palette import (
    ACCENT,
    INK,
    LEVEL_FILL,
    LEVEL_TEXT,
    MARGIN_X,
    MUTED,
    PAGE_SIZE,
    RULE,
    SHADE,
    SOFT_INK,
    hex_of,
)

PAGE_WIDTH, PAGE_HEIGHT = PAGE_SIZE
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
KEY_MEASURES = 8
QUESTION_INDENT = 28
# User text (a note) is printed up to this many characters, some 30 pages; the rest is named
# in a marker ("[text shortened: N characters left out]"). Nothing is cut in the database.
MAX_USER_TEXT = 100_000
# Laying out one paragraph takes time quadratic in its length (reportlab re-flows what is
# left of it at every page break), so longer lines are printed as several paragraphs.
PARAGRAPH_CHUNK = 2_000


# -- styles ---------------------------------------------------------------------------------


@cache
def styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=13.5, textColor=INK, alignment=TA_LEFT)

    def derive(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "body": base,
        "small": derive("small", fontSize=8, leading=10.5, textColor=MUTED),
        "kicker": derive("kicker", fontSize=9, leading=12, textColor=MUTED),
        "cover_title": derive("cover_title", fontName=BOLD, fontSize=26, leading=32, textColor=ACCENT, spaceAfter=6),
        "cover_sub": derive("cover_sub", fontSize=16, leading=21, spaceAfter=4),
        "h1": derive("h1", fontName=BOLD, fontSize=16, leading=20, textColor=ACCENT, spaceAfter=10, keepWithNext=1),
        "h2": derive("h2", fontName=BOLD, fontSize=12.5, leading=16, textColor=ACCENT, spaceBefore=14, spaceAfter=4, keepWithNext=1),
        "h3": derive("h3", fontName=BOLD, fontSize=10, leading=13, spaceBefore=10, spaceAfter=3, keepWithNext=1),
        "intro": derive("intro", textColor=MUTED, spaceAfter=4),
        "question": derive(
            "question",
            fontName=BOLD,
            fontSize=10,
            leading=13.5,
            leftIndent=QUESTION_INDENT,
            bulletIndent=0,
            bulletFontName=BOLD,
            bulletFontSize=10,
            spaceBefore=9,
            spaceAfter=2,
            keepWithNext=1,
        ),
        "detail": derive("detail", leftIndent=QUESTION_INDENT, spaceAfter=2),
        "note": derive("note", leftIndent=QUESTION_INDENT),
        "note_gap": derive("note_gap", leftIndent=QUESTION_INDENT, spaceBefore=5),
        "guidance": derive("guidance", leftIndent=QUESTION_INDENT, fontSize=9, leading=12.5, textColor=SOFT_INK, spaceAfter=2),
        "guidance_first": derive(
            "guidance_first", leftIndent=QUESTION_INDENT, fontSize=9, leading=12.5, textColor=SOFT_INK, spaceBefore=4, spaceAfter=2
        ),
        "ref": derive("ref", leftIndent=QUESTION_INDENT, fontSize=8, leading=10.5, textColor=MUTED, spaceAfter=2),
        "bullet": derive("bullet", leftIndent=16, bulletIndent=2, spaceAfter=3),
        "numbered": derive("numbered", leftIndent=18, bulletIndent=0, spaceAfter=4),
        "source": derive("source", fontSize=8.5, leading=11.5, leftIndent=42, bulletIndent=0, bulletFontName=BOLD, bulletFontSize=8.5, spaceAfter=4),
        "cell": derive("cell", fontSize=9, leading=12),
        "cell_head": derive("cell_head", fontName=BOLD, fontSize=9, leading=12, textColor=ACCENT),
        "cell_label": derive("cell_label", fontSize=9, leading=12, textColor=MUTED),
        "draft_box": derive("draft_box", fontSize=9.5, leading=13.5, textColor=INK),
        "level_big": derive("level_big", fontName=BOLD, fontSize=18, leading=22, alignment=1),
    }


# -- building blocks --------------------------------------------------------------------------------


def checklist_paragraphs(text: str) -> list[str]:
    """Checklist prose: paragraphs split at blank lines, hard line wraps joined."""
    blocks = [" ".join(block.split()) for block in text.strip().split("\n\n")]
    return [b for b in blocks if b]


def user_lines(text: str) -> list[str]:
    """User text line by line, as typed; empty lines kept as paragraph gaps.

    Text beyond :data:`MAX_USER_TEXT` characters is left out and a marker says how much; a
    line longer than :data:`PARAGRAPH_CHUNK` comes in pieces, broken after a space near the
    end of each piece when there is one, so a report with a huge note still takes seconds.
    """
    text = clean(text).strip("\n")
    left_out = len(text) - MAX_USER_TEXT
    if left_out > 0:
        text = text[:MAX_USER_TEXT]
    lines = [piece for line in text.split("\n") for piece in _pieces(line)]
    if left_out > 0:
        lines.append(marker("[text shortened: {n} characters left out]", n=_count(left_out)))
    return lines


def _count(n: int) -> str:
    """12.345 in a Dutch report, 12,345 in an English one."""
    return f"{n:,}".replace(",", "." if report_lang() == "nl" else ",")


def _pieces(line: str) -> list[str]:
    if len(line) <= PARAGRAPH_CHUNK:
        return [line]
    pieces = []
    start = 0
    while len(line) - start > PARAGRAPH_CHUNK:
        end = start + PARAGRAPH_CHUNK
        space = line.rfind(" ", start + PARAGRAPH_CHUNK // 2, end)
        end = space + 1 if space >= 0 else end
        pieces.append(line[start:end])
        start = end
    pieces.append(line[start:])
    return pieces


def chip(level: Level, lang: str) -> str:
    """The level word in its colour, for use inside a Paragraph."""
    return f'<font backColor="{hex_of(LEVEL_FILL[level])}" color="{hex_of(LEVEL_TEXT[level])}"><b>&nbsp;{level_label(level, lang)}&nbsp;</b></font>'


class Heading(Paragraph):
    """A heading that is also a bookmark and an entry in the PDF outline."""

    def __init__(self, text: str, style: ParagraphStyle, *, outline: str, key: str, level: int = 0) -> None:
        super().__init__(text, style)
        self.outline = (outline, key, level)


@dataclass(frozen=True, slots=True)
class Context:
    assessment: Assessment
    checklist: Checklist
    score: Score
    lang: str
    fingerprint: str
    approval: tuple[str, str] | None  # (approved by, approved on), already as printed
    public: bool = False  # the public version: marked so on every page
    brief: bool = False  # the mayor's summary: its own running header

    @property
    def draft(self) -> bool:
        """A draft until it is complete and approved; only then is the mark dropped."""
        return not (self.score.is_complete and self.approval is not None)

    def draft_note(self) -> str:
        result = self.score
        if not result.is_complete:
            return self.t(
                "This assessment is not complete yet: {answered} of {total} questions answered. While questions are "
                "open there is no verdict (unless the risk is already high); the risk level may still rise.",
                answered=result.answered,
                total=result.total,
            )
        return self.t("This assessment is complete but has not been approved yet. Have it reviewed and approved before it goes to the board.")

    def t(self, msgid: str, **values: object) -> str:
        return texts.label(self.lang, msgid, **values)

    def nt(self, singular: str, plural: str, n: int, **values: object) -> str:
        return texts.plural(self.lang, singular, plural, n, **values)

    def pt(self, context: str, msgid: str, **values: object) -> str:
        return texts.label_in(self.lang, context, msgid, **values)

    def local(self, text: LocalText) -> str:
        return text.get(self.lang)

    def numbers(self) -> dict[str, str]:
        """Question id -> its number as printed, "theme.question" (3.2); shared, do not change."""
        return question_numbers(self.checklist)


def grid(rows: list[list[Flowable]], widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=1)
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    style += [("BACKGROUND", (0, r), (-1, r), SHADE) for r in range(2, len(rows), 2)]
    table.setStyle(TableStyle(style))
    return table


def sources_suffix(codes: Iterable[str]) -> str:
    codes = list(codes)
    return f' <font color="{hex_of(MUTED)}" size="8">[{markup(", ".join(codes))}]</font>' if codes else ""
