"""A small read-only table of prepared texts, for the history, comparison, bin and backup
dialogs: the dialogs work out what to say; this model only shows it.

A cell may carry a level: then it shows the level's symbol icon and colour beside its word,
so a level is never told by colour alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ..domain.levels import Level
from .labels import level_colour, level_icon
from .table_model import Index, ListTableModel

SORT_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True, slots=True)
class Cell:
    text: str
    tooltip: str = ""  # the whole text, when ``text`` is a shortened form
    level: Level | None = None
    sort: str = ""  # what the column sorts by when the text does not (a date in words: its ISO form)


class TextTableModel(ListTableModel):
    """Rows of cells (or plain strings), each row with an optional key (an id, a path)."""

    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self.COLUMN_COUNT = len(self._headers)
        self._rows: list[tuple[Cell, ...]] = []
        self._keys: list[Any] = []

    def set_rows(self, rows: Sequence[Sequence[Cell | str]], keys: Sequence[Any] | None = None) -> None:
        self.beginResetModel()
        self._rows = [tuple(c if isinstance(c, Cell) else Cell(c) for c in row) for row in rows]
        self._keys = list(keys) if keys is not None else [None] * len(self._rows)
        self.endResetModel()

    def key(self, row: int) -> Any:
        return self._keys[row]

    def cell(self, row: int, column: int) -> Cell:
        return self._rows[row][column]

    def texts(self) -> list[tuple[str, ...]]:
        """What the table shows, row by row (for tests and for copying)."""
        return [tuple(c.text for c in row) for row in self._rows]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = self._rows[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return cell.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell.tooltip or cell.text or None
        if role == SORT_ROLE:
            return cell.sort or cell.text
        if cell.level is not None:
            if role == Qt.ItemDataRole.DecorationRole:
                return level_icon(cell.level)
            if role == Qt.ItemDataRole.ForegroundRole:
                return level_colour(cell.level)
        return None

    def column_titles(self) -> dict[int, str]:
        return dict(enumerate(self._headers))


def text_table(model: TextTableModel, accessible_name: str, *, stretch: int | Sequence[int] = 0, wrap: bool = True) -> QTableView:
    """A read-only, row-selecting view of ``model``; the ``stretch`` column(s) take the room left."""
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(accessible_name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(wrap)
    view.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
    view.verticalHeader().hide()
    if wrap:
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in [stretch] if isinstance(stretch, int) else stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return view


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize to ``width`` x ``height``, or less where the screen is smaller (1366x768 at 150 %)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        available = screen.availableGeometry()
        width, height = min(width, available.width() - 20), min(height, available.height() - 60)
    widget.resize(width, height)
