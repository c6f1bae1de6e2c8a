"""The portfolio's columns fitted to the room its table has, as the assessment list's are
(ui/list_columns.py): shorter first, fewer only where shorter is not enough.

At 1024x768 and 150 % (a 683x480 window) the portfolio's 22 columns scrolled sideways: the
twelve theme columns alone took 1400 pixels of the 625 there are. Step by step, until the
table fits: the heat map shows each theme's level as its symbol under the theme's number (the
title and the level in words in the tooltip; a screen reader reads the word); then the columns
that say least at a glance are left out (events since, last assessed, open actions, status),
then the count of overdue actions, or else the heat map (and the count comes back). The Dutch
party's column takes what is left (a long name ends in "…", whole in its tooltip), and two
titles are shortened. What is left out is named above the table; a wider window shows it
again, and the spreadsheet export always has every column. Only where even the names, the
verdict and the next review do not fit does the table scroll sideways.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemDelegate, QHeaderView, QStyledItemDelegate, QStyleOptionViewItem, QTableView

from .text_table import TextTableModel

SHORT_NAME = "Gemeente Breda"  # as the assessment list: no narrower than a short municipality's name
# The portfolio's columns before and after the heat map (portfolio_dialog.set_rows).
TIE, DUTCH, COUNTERPART, STATUS, VERDICT = range(5)
LAST_ASSESSED, NEXT_REVIEW, OPEN_ACTIONS, OVERDUE_ACTIONS, EVENTS_SINCE = range(5)  # after the themes


class PortfolioModel(TextTableModel):
    """The portfolio's cells; the theme columns' titles are their numbers while compact."""

    def __init__(self, headers: Sequence[str], themes: Sequence[str], parent: Any = None, short: dict[int, str] | None = None) -> None:
        super().__init__(headers, parent)
        self.themes = list(themes)  # the whole titles, in the heat map's order
        self.short = {self.after(c): title for c, title in (short or {}).items()}  # shorter titles while compact
        self.compact = False

    def theme_columns(self) -> range:
        return range(VERDICT + 1, VERDICT + 1 + len(self.themes))

    def after(self, column: int) -> int:
        """The model column of one of the columns after the heat map (LAST_ASSESSED ...)."""
        return VERDICT + 1 + len(self.themes) + column

    def set_compact(self, compact: bool) -> None:
        if compact != self.compact:
            self.compact = compact
            if self.columnCount():
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and section in self.theme_columns():
            number = section - VERDICT
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{number}. {self.themes[number - 1]}"
            if role == Qt.ItemDataRole.DisplayRole and self.compact:
                return str(number)
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and self.compact and section in self.short:
            return self.short[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return super().headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
        return super().headerData(section, orientation, role)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() in self.theme_columns():
            # The level in words with the theme's title: the compact cell shows only the symbol.
            return f"{self.themes[index.column() - VERDICT - 1]}: {super().data(index, role)}"
        return super().data(index, role)


class SymbolDelegate(QStyledItemDelegate):
    """A heat map cell drawn (and measured) as its level's icon alone, or the first sign of its
    text ("◌", "—") where it has no level; the whole word stays its accessible text."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.text = "" if not option.icon.isNull() else (option.text.split() or [""])[0]


class PortfolioColumns(QObject):
    changed = Signal()  # other columns are left out

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self.symbols = SymbolDelegate(table)
        self.left_out: list[int] = []  # the model columns not shown now
        table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _model(self) -> PortfolioModel | None:
        proxy = self.table.model()
        source = proxy.sourceModel() if hasattr(proxy, "sourceModel") else proxy
        return source if isinstance(source, PortfolioModel) else None

    def _room(self) -> int:
        table = self.table
        return table.width() - 2 * table.frameWidth() - table.style().pixelMetric(table.style().PixelMetric.PM_ScrollBarExtent)

    def _needed(self, hidden: set[int]) -> int:
        table, header = self.table, self.table.horizontalHeader()
        # The Dutch party takes what is left (it is cut, with a tooltip): it needs a short name's width.
        names = table.fontMetrics().horizontalAdvance(SHORT_NAME) + 12
        widths = {c: max(table.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(header.count()) if c not in hidden}
        widths[DUTCH] = min(names, widths[DUTCH])
        return sum(widths.values())

    def steps(self, model: PortfolioModel) -> list[tuple[bool, set[int]]]:
        """(heat map compact, columns left out), from the whole table to the fewest columns."""
        themes = set(model.theme_columns())
        # The columns that say least at a glance, and the status; then the count of overdue actions
        # goes before the heat map does (the count comes back where the heat map goes).
        fewer = {model.after(EVENTS_SINCE), model.after(LAST_ASSESSED), model.after(OPEN_ACTIONS), STATUS}
        overdue = {model.after(OVERDUE_ACTIONS)}
        return [(False, set()), (True, set()), (True, fewer), (True, fewer | overdue), (True, fewer | themes), (True, fewer | themes | overdue)]

    def fit(self) -> None:
        model = self._model()
        if model is None or self.table.width() <= 0:
            return
        room = self._room()
        for compact, hidden in self.steps(model):
            self._show(model, compact, hidden)
            if self._needed(hidden) <= room:
                break
        header = self.table.horizontalHeader()
        for column in range(header.count()):
            if column != DUTCH:
                self.table.resizeColumnToContents(column)
        header.setSectionResizeMode(DUTCH, QHeaderView.ResizeMode.Stretch)
        if sorted(hidden) != self.left_out:
            self.left_out = sorted(hidden)
            self.changed.emit()

    def _show(self, model: PortfolioModel, compact: bool, hidden: set[int]) -> None:
        model.set_compact(compact)
        delegate: QAbstractItemDelegate | None = self.symbols if compact else None
        for column in model.theme_columns():
            if self.table.itemDelegateForColumn(column) is not delegate:
                self.table.setItemDelegateForColumn(column, delegate)  # type: ignore[arg-type]
        for column in range(model.columnCount()):
            self.table.setColumnHidden(column, column in hidden)
