"""Words, colours and symbols for levels, statuses and kinds, in the UI language.

A level is never shown by colour alone: it always carries a word and a shape
(low ● circle, medium ▲ triangle, high ■ square with a cross), in text and as an icon.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from ..domain.assessment import ActionStatus, AssessmentState, CounterpartKind, DutchPartyKind, PartnershipStatus
from ..domain.levels import Level, Verdict

# -- levels ---------------------------------------------------------------------------------

LEVEL_COLOURS = {Level.LOW: "#1b6e31", Level.MEDIUM: "#8a5300", Level.HIGH: "#b3261e"}
LEVEL_BACKGROUNDS = {Level.LOW: "#e2f3e5", Level.MEDIUM: "#fff0d4", Level.HIGH: "#fde3e0"}
LEVEL_SYMBOLS = {Level.LOW: "●", Level.MEDIUM: "▲", Level.HIGH: "■"}


def level_word(level: Level) -> str:
    words = {
        Level.LOW: QCoreApplication.translate("Labels", "Low"),
        Level.MEDIUM: QCoreApplication.translate("Labels", "Medium"),
        Level.HIGH: QCoreApplication.translate("Labels", "High"),
    }
    return words[level]


def level_text(level: Level) -> str:
    """Symbol and word, e.g. "▲ Medium": readable without colour."""
    return f"{LEVEL_SYMBOLS[level]} {level_word(level)}"


def level_from_code(code: str) -> Level:
    return Level.from_code(code)


def not_started_text() -> str:
    return QCoreApplication.translate("Labels", "Not started")


# A verdict that states no level yet is shown in the palette's own text colour with a hollow
# symbol: never green, never the word "low" alone (an incomplete assessment is no all-clear).
INCOMPLETE_SYMBOL = "◌"


def verdict_word(verdict: Verdict) -> str:
    """The verdict in words: the level word, or what keeps it from having one."""
    if verdict.level is not None:
        return level_word(verdict.level)
    if verdict is Verdict.NOT_STARTED:
        return not_started_text()
    return QCoreApplication.translate("Labels", "Incomplete – no verdict yet")


def verdict_short(verdict: Verdict) -> str:
    """For a narrow table cell: "Incomplete" instead of the full sentence (which the tooltip
    and the assessment's own header give)."""
    if verdict is Verdict.INCOMPLETE:
        return QCoreApplication.translate("Labels", "Incomplete")
    return verdict_word(verdict)


def verdict_text(verdict: Verdict, provisional: Level | None = None) -> str:
    """Symbol and words, with the provisional level of an incomplete assessment in words."""
    if verdict.level is not None:
        return level_text(verdict.level)
    text = f"{INCOMPLETE_SYMBOL} {verdict_word(verdict)}"
    if verdict is Verdict.INCOMPLETE and provisional is not None:
        text += " " + QCoreApplication.translate("Labels", "(provisionally %1)").replace("%1", level_word(provisional).lower())
    return text


def provisional_word(verdict: Verdict, provisional: Level) -> str:
    """Short, for a table cell: the level word, or "Provisionally low" while incomplete."""
    if verdict.level is not None or verdict is Verdict.NOT_STARTED:
        return verdict_word(verdict)
    return QCoreApplication.translate("Labels", "Provisionally %1").replace("%1", level_word(provisional).lower())


def verdict_colour(verdict: Verdict) -> str | None:
    """A level's colour, or None (the palette's text colour) while there is no verdict."""
    return LEVEL_COLOURS[verdict.level] if verdict.level is not None else None


def level_colour(level: Level) -> QColor:
    """A level's colour as text in a table: readable on the palette's base and alternate base
    (lightened in a dark palette)."""
    from PySide6.QtGui import QGuiApplication, QPalette

    from .colours import readable

    p = QGuiApplication.palette()
    return readable(LEVEL_COLOURS[level], p.color(QPalette.ColorRole.Base), p.color(QPalette.ColorRole.AlternateBase))


@cache
def level_icon(level: Level) -> QIcon:
    icon = QIcon()
    for size in (16, 20, 24, 32, 48):
        icon.addPixmap(_level_pixmap(level, size))
    return icon


def _level_pixmap(level: Level, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(LEVEL_COLOURS[level])  # the shape carries white marks: the full colour
    m = size * 0.08
    box = QRectF(m, m, size - 2 * m, size - 2 * m)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    white = QPen(QColor("white"), max(1.5, size * 0.12), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    if level == Level.LOW:
        p.drawEllipse(box)
        path = QPainterPath(QPointF(size * 0.30, size * 0.52))
        path.lineTo(size * 0.45, size * 0.67)
        path.lineTo(size * 0.71, size * 0.36)
        p.setPen(white)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
    elif level == Level.MEDIUM:
        p.drawPolygon(QPolygonF([QPointF(size / 2, m), QPointF(size - m, size - m), QPointF(m, size - m)]))
        p.setPen(white)
        p.drawLine(QPointF(size / 2, size * 0.38), QPointF(size / 2, size * 0.64))
        p.drawPoint(QPointF(size / 2, size * 0.79))
    else:
        p.drawRoundedRect(box, size * 0.12, size * 0.12)
        p.setPen(white)
        p.drawLine(QPointF(size * 0.32, size * 0.32), QPointF(size * 0.68, size * 0.68))
        p.drawLine(QPointF(size * 0.68, size * 0.32), QPointF(size * 0.32, size * 0.68))
    p.end()
    return pixmap


@cache
def answered_icon(answered: bool) -> QIcon:
    """A filled check for an answered question, an open circle for one still to do."""
    icon = QIcon()
    for size in (16, 24, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        m = size * 0.12
        box = QRectF(m, m, size - 2 * m, size - 2 * m)
        if answered:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor("#2f5d8a"))
            p.drawEllipse(box)
            path = QPainterPath(QPointF(size * 0.30, size * 0.52))
            path.lineTo(size * 0.45, size * 0.67)
            path.lineTo(size * 0.71, size * 0.36)
            p.setPen(QPen(QColor("white"), max(1.5, size * 0.12)))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(path)
        else:
            p.setPen(QPen(QColor("#6b6b6b"), max(1.0, size * 0.08)))
            p.drawEllipse(box)
        p.end()
        icon.addPixmap(pixmap)
    return icon


# -- partnership and action fields ------------------------------------------------------------


def status_word(status: PartnershipStatus) -> str:
    words = {
        PartnershipStatus.PROPOSED: QCoreApplication.translate("Labels", "Proposed"),
        PartnershipStatus.ACTIVE: QCoreApplication.translate("Labels", "Active"),
        PartnershipStatus.DORMANT: QCoreApplication.translate("Labels", "Dormant"),
        PartnershipStatus.ENDED: QCoreApplication.translate("Labels", "Ended"),
    }
    return words[status]


def state_word(state: AssessmentState, revision: int = 1) -> str:
    words = {
        AssessmentState.DRAFT: QCoreApplication.translate("Labels", "Draft"),
        AssessmentState.REVIEW: QCoreApplication.translate("Labels", "In review"),
        AssessmentState.FINAL: QCoreApplication.translate("Labels", "Final"),
    }
    word = words[state]
    if revision > 1:
        word += " " + QCoreApplication.translate("Labels", "(revision %1)").replace("%1", str(revision))
    return word


def dutch_party_kind_word(kind: DutchPartyKind) -> str:
    words = {
        DutchPartyKind.MUNICIPALITY: QCoreApplication.translate("Labels", "Municipality"),
        DutchPartyKind.PROVINCE: QCoreApplication.translate("Labels", "Province"),
    }
    return words[kind]


def counterpart_kind_word(kind: CounterpartKind) -> str:
    words = {
        CounterpartKind.CITY: QCoreApplication.translate("Labels", "City"),
        CounterpartKind.PROVINCE: QCoreApplication.translate("Labels", "Province"),
        CounterpartKind.DISTRICT: QCoreApplication.translate("Labels", "District"),
    }
    return words[kind]


def action_status_word(status: ActionStatus) -> str:
    words = {
        ActionStatus.OPEN: QCoreApplication.translate("Labels", "Open"),
        ActionStatus.IN_PROGRESS: QCoreApplication.translate("Labels", "In progress"),
        ActionStatus.DONE: QCoreApplication.translate("Labels", "Done"),
        ActionStatus.DROPPED: QCoreApplication.translate("Labels", "Dropped"),
    }
    return words[status]


def completeness_text(answered: int, total: int) -> str:
    percent = round(100 * answered / total) if total else 0
    return QCoreApplication.translate("Labels", "%1 of %2 (%3%)").replace("%1", str(answered)).replace("%2", str(total)).replace("%3", str(percent))
