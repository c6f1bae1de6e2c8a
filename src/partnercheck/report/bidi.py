"""Right-to-left text in the report: Hebrew and Arabic as a reader of them expects it.

reportlab draws every line left to right in the order the characters are stored, and its own
right-to-left support needs a library that is not on PyPI (rlbidi). So PartnerCheck does the
two steps itself, with two small libraries that are:

1. **Shaping** (arabic-reshaper): Arabic letters take their joined form (initial, medial,
   final), as presentation-form characters, which DejaVu Sans has. Done on the whole text
   before the line breaking, so the widths measured are those drawn.
2. **Ordering** (python-bidi, the Unicode bidirectional algorithm): *after* the paragraph is
   broken into lines, each printed line is put in the order it is drawn; right-to-left runs
   inside Dutch or English text are reversed in place, numbers and Latin words inside an
   Arabic or Hebrew sentence keep their direction. Reordering before the line breaking would
   print the lines of a long right-to-left note in the wrong order.

Lines stay left-aligned (the report is Dutch or English). Text without right-to-left
characters is not touched; the libraries load only when a report has such text. The PDF's
text layer holds the drawn order (as most PDF writers do); viewers put it back in reading order
when text is copied. A line whose paragraph mixes fonts or styles (the bold "Notitie:" before
a note, Chinese beside Hebrew) is ordered piece by piece: a right-to-left run inside a piece is
right, but right-to-left words split over two pieces keep the pieces' order.
"""

from __future__ import annotations

import re
from typing import Any

from reportlab.platypus import Paragraph as _Paragraph

# Hebrew, Arabic, Syriac, Thaana, NKo ... and the Hebrew and Arabic presentation forms.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")


def has_rtl(text: str) -> bool:
    return _RTL.search(text) is not None


def shaped(text: str) -> str:
    """Arabic letters in their joined forms; anything else as it is."""
    if _ARABIC.search(text) is None:
        return text
    from arabic_reshaper import reshape

    return str(reshape(text))


def visual(line: str) -> str:
    """One printed line (or piece of one) in drawing order, left to right on the page; the
    spaces at its ends stay where they are, so the pieces around it keep their spacing."""
    if not has_rtl(line):
        return line
    from bidi import get_display

    core = line.strip(" ")
    lead = line[: len(line) - len(line.lstrip(" "))]
    return lead + str(get_display(core)) + line[len(lead) + len(core) :]


class Paragraph(_Paragraph):  # type: ignore[misc]  # reportlab has no types: Paragraph is Any
    """reportlab's Paragraph, with each broken line of right-to-left text put in drawing order."""

    def breakLines(self, width: Any) -> Any:  # noqa: N802 - reportlab's name
        lines = super().breakLines(width)
        kind = getattr(lines, "kind", None)
        for n, line in enumerate(lines.lines):
            if kind == 0:
                # One font and style throughout: each line an (extra space, words) pair.
                extra, words = line
                if any(has_rtl(w) for w in words):
                    lines.lines[n] = (extra, visual(" ".join(words)).split(" "))
            elif kind == 1:
                # Pieces in different fonts or styles (a bold label, Chinese): each piece is
                # put in drawing order where it stands.
                for piece in getattr(line, "words", ()):
                    text = getattr(piece, "text", None)
                    if isinstance(text, str) and has_rtl(text):
                        piece.text = visual(text)
        return lines
