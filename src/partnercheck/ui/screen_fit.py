"""The window's size and place from the settings, kept on a screen.

Qt's restoreGeometry moves a rectangle that lies off every screen back onto one, but it checks
the rectangle as stored: one stored tiny in a corner (a damaged or hand-edited settings.ini,
``window/geometry``) is accepted there and then grown to the window's minimum size, which runs
off the screen: at the bottom right of an 800 x 800 screen only 11 x 11 pixels of the window
showed. So the result is checked again, as the window will be shown.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def restore_geometry(window: QWidget, geometry: QByteArray | None) -> None:
    """Give ``window`` the stored ``geometry`` (None: leave it as it is), then move it, and
    shrink it where the screen is smaller, so that all of it lies on a screen."""
    if geometry is None or not window.restoreGeometry(geometry):
        return
    keep_on_screen(window)


def keep_on_screen(window: QWidget) -> None:
    """Move ``window`` onto the screen that holds its centre (or the primary screen when none
    does: a monitor since unplugged) so that it lies within that screen's available area."""
    rect = window.geometry()
    screen = QGuiApplication.screenAt(rect.center()) or QGuiApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    if area.contains(rect):
        return
    fitted = placed(rect, area, window.minimumSize().width(), window.minimumSize().height())
    window.setGeometry(fitted)


def placed(rect: QRect, area: QRect, min_width: int = 0, min_height: int = 0) -> QRect:
    """``rect`` moved (and shrunk, not below the minimum) to lie within ``area`` as far as it can."""
    width = max(min(rect.width(), area.width()), min(min_width, area.width()))
    height = max(min(rect.height(), area.height()), min(min_height, area.height()))
    x = min(max(rect.x(), area.left()), area.left() + area.width() - width)
    y = min(max(rect.y(), area.top()), area.top() + area.height() - height)
    return QRect(x, y, width, height)
