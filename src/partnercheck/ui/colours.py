"""Colours that stay readable in a light and in a dark palette.

Text colours are derived from the palette in use and checked against WCAG's contrast ratio
(at least 4.5:1 for text): a hint is the placeholder colour moved towards the text colour
until it reads, a level colour is lightened or darkened until it reads on its background,
and a banner's background is the window colour tinted with its accent, under the palette's
own text colour.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QPalette

# QPalette is imported where a colour is read from the palette, not with this module: the
# first screen computes no colour (a banner and the save state are styled when first shown),
# and importing QPalette makes PySide6 create its enums then (~0.4 ms of CPU at start-up).

MIN_CONTRAST = 4.5
_TARGET = 4.8  # a little above the minimum, so rounding never drops below it


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio, 1 … 21."""
    la, lb = luminance(a), luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def mix(a: QColor, b: QColor, share_of_b: float) -> QColor:
    t = max(0.0, min(1.0, share_of_b))
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


def over(colour: QColor, background: QColor) -> QColor:
    """A colour with transparency as it shows on ``background`` (the placeholder colour often
    is the text colour at half opacity)."""
    return mix(background, QColor(colour.red(), colour.green(), colour.blue()), colour.alphaF())


def palette() -> QPalette:
    return QGuiApplication.palette()


def _roles() -> type[QPalette.ColorRole]:
    from PySide6.QtGui import QPalette

    return QPalette.ColorRole


def readable(colour: QColor | str, *backgrounds: QColor) -> QColor:
    """``colour``, moved towards black or white (whichever the backgrounds are not) only as
    far as needed to reach the contrast for text on every one of ``backgrounds``."""
    colour = QColor(colour)
    if not backgrounds:
        backgrounds = (palette().color(_roles().Window),)
    dark_backgrounds = sum(luminance(b) for b in backgrounds) / len(backgrounds) < 0.18
    pole = QColor("white") if dark_backgrounds else QColor("black")
    for step in range(21):
        candidate = mix(colour, pole, step / 20)
        if min(contrast(candidate, b) for b in backgrounds) >= _TARGET:
            return candidate
    return pole


def hint(role: QPalette.ColorRole | None = None) -> QColor:
    """Quieter text (hints, counts, paths): the placeholder colour, moved towards the text
    colour until it reads on ``role`` (Window, the default, for labels; Base for text fields
    and browsers)."""
    roles = _roles()
    role = roles.Window if role is None else role
    p = palette()
    background = p.color(role)
    text = p.color(roles.Text if role == roles.Base else roles.WindowText)
    start = over(p.color(roles.PlaceholderText), background)
    for step in range(11):
        candidate = mix(start, text, step / 10)
        if contrast(candidate, background) >= _TARGET:
            return candidate
    return text


def hint_style() -> str:
    return f"color: {hint().name()};"


def banner_colours(accent: QColor | str) -> tuple[QColor, QColor, QColor]:
    """(background, text, accent for text) of a banner: the window tinted with the accent, the
    palette's text colour on it, and the accent made readable on it."""
    p, roles = palette(), _roles()
    window = p.color(roles.Window)
    text = p.color(roles.WindowText)
    background = mix(window, QColor(accent), 0.14)
    if contrast(text, background) < _TARGET:
        background = mix(window, QColor(accent), 0.07)
    return background, text, readable(accent, background)


def badge_style(object_name: str, accent: QColor | str) -> str:
    """A pill (the stage badge): the window tinted with the accent, the accent made readable
    on it as text, the accent as border; from the palette in use, so it reads in light and dark."""
    window = palette().color(_roles().Window)
    background = mix(window, QColor(accent), 0.16)
    text = readable(accent, background)
    return (
        f"#{object_name} {{ background: {background.name()}; color: {text.name()}; border: 1px solid {QColor(accent).name()};"
        " border-radius: 9px; padding: 2px 10px; }"
    )


class _PaletteFollower(QObject):
    """Lives as the widget's child, so the connection ends with the widget."""

    def __init__(self, widget: QWidget, restyle: Callable[[], object]) -> None:
        super().__init__(widget)
        self.restyle = restyle
        app = QGuiApplication.instance()
        # The application's signal, not the widget's PaletteChange event: a widget with its own
        # style sheet has its own palette and hears nothing when the application's changes.
        if isinstance(app, QGuiApplication):
            app.paletteChanged.connect(self.palette_changed)

    def palette_changed(self, _palette: QPalette) -> None:
        self.restyle()


def follow_palette(widget: QWidget, restyle: Callable[[], object], *, now: bool = True) -> None:
    """Run ``restyle`` now and again whenever the application's palette changes (the system
    switched to dark mode, a high-contrast theme was chosen), for as long as ``widget`` lives:
    colours computed from the palette are computed again. ``now=False``: only then."""
    if now:
        restyle()
    _PaletteFollower(widget, restyle)


def banner_style(object_name: str, accent: QColor | str) -> str:
    """A stylesheet that sets both the background and the text colour of a banner's labels."""
    background, text, _ = banner_colours(accent)
    return (
        f"#{object_name} {{ background: {background.name()}; border-left: 6px solid {QColor(accent).name()}; }}"
        f" #{object_name} QLabel {{ color: {text.name()}; background: transparent; }}"
    )
