"""What every table model of the window shares: rows held in a Python list, a fixed number of
columns, and translated column titles. Subclasses give ``data`` and ``column_titles``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # "no parent": the default of rowCount() and columnCount()


class ListTableModel(QAbstractTableModel):
    COLUMN_COUNT = 0

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def column_titles(self) -> Mapping[int, str]:
        """Column number -> title; a method, so tr() runs in the language in force."""
        return {}

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.column_titles().get(section)
