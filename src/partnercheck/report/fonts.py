"""The report's fonts, and user text turned into safe Paragraph markup.

Only fonts shipped in ``resources/fonts`` are used; nothing is looked up on the system.
DejaVu Sans covers Latin (Dutch ``ĳ`` included), Greek and Cyrillic but no Chinese; Droid
Sans Fallback covers Chinese but no Latin. Text is therefore split into runs, and each run
the main font cannot draw is set in the fallback font. The fallback (2.4 MB) is only loaded
when a report actually contains such characters. It is a subset of the full font, built by
``packaging/subset-cjk-font``: simplified and traditional Chinese (GB2312, Big5 and
Big5-HKSCS), CJK punctuation, fullwidth forms and the space, which a run of Chinese takes
along.

What neither font can draw, and every character beyond U+FFFF (reportlab writes those into
the PDF's text layer as a different character), is printed as a visible marker in the
report's language, "[character cannot be shown]", never as an empty box or an empty text
layer. The report's language is set for the duration of one report with
:func:`report_language`.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from ..resources import font_dir
from . import texts
from .bidi import shaped, visual
from .font_cache import load_font

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
FALLBACK = "DroidSansFallback"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    FALLBACK: "DroidSansFallback-subset.ttf",
}

_lock = threading.Lock()
_loaded: dict[str, dict[int, int]] = {}

# C0 controls other than tab and newline, DEL and C1 controls: nothing a reader can see, and
# some of them upset the PDF text operators.
_INVISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")

# Characters that only join or modify the one before them (zero-width joiner, variation
# selectors, the keycap mark): after a character that cannot be shown they belong to it, so
# an emoji sequence becomes one marker.
_JOINING = frozenset("\u200d\ufe0e\ufe0f\u20e3")

_language: ContextVar[str] = ContextVar("report_language", default="en")


@contextmanager
def report_language(lang: str) -> Iterator[None]:
    """The language the markers (character not shown, text shortened) are printed in."""
    token = _language.set(lang)
    try:
        yield
    finally:
        _language.reset(token)


def report_lang() -> str:
    """The language of the report being made (see :func:`report_language`)."""
    return _language.get()


def marker(msgid: str, **values: object) -> str:
    """One of the report's markers in the language of the report being made."""
    return texts.label(_language.get(), msgid, **values)


def _register(name: str) -> dict[int, int]:
    """Register one shipped font (once per process) and return its character map."""
    cmap = _loaded.get(name)
    if cmap is not None:
        return cmap
    with _lock:
        if name not in _loaded:
            font = load_font(name, font_dir() / _FILES[name])  # parsed once per machine, not per process
            pdfmetrics.registerFont(font)
            # One family per face, so <b> inside a run and a run inside bold text both resolve.
            if name == FALLBACK:
                for bold in (0, 1):
                    for italic in (0, 1):
                        addMapping(FALLBACK, bold, italic, FALLBACK)
            _loaded[name] = font.face.charToGlyph
    return _loaded[name]


def ensure_fonts() -> None:
    """Register the main fonts and their family (bold; no italic face is shipped)."""
    if REGULAR in _loaded and BOLD in _loaded:
        return
    _register(REGULAR)
    _register(BOLD)
    for bold, italic, face in ((0, 0, REGULAR), (0, 1, REGULAR), (1, 0, BOLD), (1, 1, BOLD)):
        addMapping(REGULAR, bold, italic, face)
        addMapping(BOLD, bold, italic, face)


def font_for(char: str) -> str | None:
    """The font that draws ``char``: the main one, the fallback, or None for whitespace.

    A character neither font has stays in the main font; :func:`showable` has replaced such
    characters by a marker before text gets here.
    """
    if char.isspace():
        return None
    code = ord(char)
    if code in _register(REGULAR):
        return REGULAR
    if code in _register(FALLBACK):
        return FALLBACK
    return REGULAR


def can_show(char: str) -> bool:
    """Whether the report can print ``char`` so that it is seen and copied as typed."""
    code = ord(char)
    if code < 0x80:
        return True
    if code > 0xFFFF or 0xD800 <= code <= 0xDFFF:  # reportlab's text layer holds only the BMP
        return False
    return char.isspace() or code in _register(REGULAR) or code in _register(FALLBACK)


def showable(text: str) -> str:
    """``text`` with each run of characters the report cannot show (with the joiners and
    selectors that belong to them) replaced by the marker "[character cannot be shown]"."""
    if text.isascii() or all(can_show(char) for char in set(text)):  # each distinct character once
        return text
    out: list[str] = []
    start = 0
    in_run = False
    for i, char in enumerate(text):
        if in_run:
            if char in _JOINING or not can_show(char):
                continue
            out.append(marker("[character cannot be shown]"))
            in_run, start = False, i
        if not can_show(char):
            out.append(text[start:i])
            in_run = True
    if in_run:
        out.append(marker("[character cannot be shown]"))
    else:
        out.append(text[start:])
    return "".join(out)


def split_runs(text: str, font_of: Callable[[str], str | None]) -> list[tuple[str, str]]:
    """Split ``text`` into (font, run) pairs, consecutive characters sharing a font.

    ``font_of`` returns None for characters any font can draw (whitespace); they join the
    run before them, or the first run when they lead the text, so spaces never make a run
    of their own. Joining the runs gives back ``text`` exactly.
    """
    if font_of is font_for and not any(font_for(char) == FALLBACK for char in set(text)):
        # The common case, Dutch or English with an accent: one run in the main font. Each
        # distinct character asked once, not every character of every paragraph.
        return [(REGULAR, text)] if text else []
    runs: list[tuple[str, str]] = []
    pending = ""  # leading neutral characters, before any font is known
    current: str | None = None
    start = 0
    for i, char in enumerate(text):
        font = font_of(char)
        if font is None or font == current:
            continue
        if current is None:
            pending = text[:i]
        else:
            runs.append((current, text[start:i]))
        current, start = font, i
    if current is None:
        return [(REGULAR, text)] if text else []
    runs.append((current, text[start:]))
    if pending:
        runs[0] = (runs[0][0], pending + runs[0][1])
    return runs


def escape(text: str) -> str:
    """``& < >`` as entities, as ``xml.sax.saxutils.escape`` does: that module imports
    urllib.request (and with it http, email and ssl), ~15 ms of the first report."""
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


def clean(text: str) -> str:
    """Normalise line ends and drop invisible control characters; keep everything else."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    return _INVISIBLE.sub("", text)


def markup(text: str) -> str:
    """Paragraph markup that prints ``text`` exactly as typed.

    Escapes ``& < >``, turns newlines into line breaks and sets runs of characters the main
    font lacks (Chinese) in the fallback font.
    """
    text = clean(text)
    if text.isascii():  # the common case: DejaVu has every printable ASCII character
        return escape(text).replace("\n", "<br/>")
    ensure_fonts()
    text = shaped(showable(text))  # Arabic joined; put in drawing order per line (bidi.Paragraph)
    parts = []
    for font, run in split_runs(text, font_for):
        body = escape(run).replace("\n", "<br/>")
        parts.append(body if font == REGULAR else f'<font name="{font}">{body}</font>')
    return "".join(parts)


def _canvas_runs(text: str, font: str) -> list[tuple[str, str]]:
    text = " ".join(clean(text).split())
    if text.isascii():
        return [(font, text)] if text else []
    text = visual(shaped(showable(text)))  # one line: in drawing order now (report.bidi)
    return [(font if f == REGULAR else f, run) for f, run in split_runs(text, font_for)]


def text_width(text: str, font: str, size: float) -> float:
    width: float = sum(pdfmetrics.stringWidth(run, f, size) for f, run in _canvas_runs(text, font))
    return width


def fit_text(text: str, font: str, size: float, max_width: float) -> str:
    """``text`` on one line, shortened with an ellipsis when it is wider than ``max_width``.

    The longest prefix that fits is found by bisection, and the answer is remembered: the
    page header asks the same question on every page.
    """
    return _fit_text(" ".join(showable(clean(text)).split()), font, size, max_width)


@lru_cache(maxsize=32)
def _fit_text(text: str, font: str, size: float, max_width: float) -> str:
    if text_width(text, font, size) <= max_width:
        return text
    low, high = 0, len(text)  # text[:low] + "…" fits (the empty prefix by definition); text does not
    while high - low > 1:
        middle = (low + high) // 2
        if text_width(text[:middle].rstrip() + "…", font, size) <= max_width:
            low = middle
        else:
            high = middle
    return text[:low].rstrip() + "…"


def draw_text(canv: Canvas, x: float, y: float, text: str, font: str, size: float) -> float:
    """Draw one line of user text on a canvas, with the fallback font for runs that need it.

    Returns the width drawn.
    """
    start = x
    for f, run in _canvas_runs(text, font):
        canv.setFont(f, size)
        canv.drawString(x, y, run)
        x += pdfmetrics.stringWidth(run, f, size)
    return x - start
