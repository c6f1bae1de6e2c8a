"""The portfolio of ties: every tie with its latest verdict, a heat map of theme levels (word
and symbol, never colour alone), last assessed, next review (overdue marked), actions and events
since; sort by any column, filter, open a tie. Below it, one search box over everything.

The dialog only shows and asks; ui.tie_actions reads the store and answers its requests.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.assessment import PartnershipStatus
from ..domain.levels import Verdict
from ..services.portfolio import PortfolioRow
from ..store.search import SearchHit
from . import ask
from .dates import short_date_text
from .labels import INCOMPLETE_SYMBOL, status_word, verdict_short, verdict_word
from .portfolio_columns import NEXT_REVIEW, OVERDUE_ACTIONS, PortfolioColumns, PortfolioModel
from .text_table import SORT_ROLE, Cell, TextTableModel, fit_to_screen, text_table


class _Sorting(QSortFilterProxyModel):
    """Numbers sort as numbers, the rest as text; the filter looks at every column and can keep
    only the ties due for review."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.due_only = False
        self.due: set[int] = set()
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def lessThan(self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex) -> bool:
        a, b = str(left.data(SORT_ROLE) or ""), str(right.data(SORT_ROLE) or "")
        if a.isdigit() and b.isdigit():
            return int(a) < int(b)
        return a.casefold() < b.casefold()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        if self.due_only and isinstance(model, TextTableModel) and model.key(row) not in self.due:
            return False
        return super().filterAcceptsRow(row, parent)


class PortfolioDialog(QDialog):
    open_tie_requested = Signal(int)
    export_requested = Signal()
    settings_requested = Signal()
    search_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Portfolio of ties"))
        layout = QVBoxLayout(self)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)

        row = QHBoxLayout()
        self.filter_edit = QLineEdit()
        self.filter_edit.setAccessibleName(self.tr("Filter the ties"))
        self.filter_edit.setPlaceholderText(self.tr("Name, status or verdict"))
        self.filter_edit.setClearButtonEnabled(True)
        filter_label = QLabel(self.tr("&Filter:"))
        filter_label.setBuddy(self.filter_edit)
        self.due_check = QCheckBox(self.tr("Only &due for review"))
        row.addWidget(filter_label)
        row.addWidget(self.filter_edit, 1)
        row.addWidget(self.due_check)
        layout.addLayout(row)

        self.proxy = _Sorting(self)
        self.model = PortfolioModel([], [], self)
        self.proxy.setSourceModel(self.model)
        self.table = text_table(self.model, self.tr("Ties"), stretch=(), wrap=False)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(lambda _index: self.open_selected())
        self._summary = ""
        self.columns = PortfolioColumns(self.table)
        self.columns.changed.connect(self._say_left_out)
        layout.addWidget(self.table, 3)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.due_check.toggled.connect(self._due_only)

        form = QFormLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setAccessibleName(self.tr("Search everything"))
        self.search_edit.setPlaceholderText(self.tr("Words in notes, events, actions, agreements, names; Enter searches"))
        self.search_edit.returnPressed.connect(lambda: self.search_requested.emit(self.search_edit.text()))
        form.addRow(self.tr("&Search everything:"), self.search_edit)
        layout.addLayout(form)
        self.hits_model = TextTableModel([self.tr("Tie"), self.tr("Found in"), self.tr("Passage")], self)
        self.hits_table = text_table(self.hits_model, self.tr("Search results"), stretch=2, wrap=False)
        self.hits_table.activated.connect(self._open_hit)
        self.hits_table.hide()
        layout.addWidget(self.hits_table, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = QPushButton(self.tr("&Open tie"))
        self.open_button.clicked.connect(self.open_selected)
        self.export_button = QPushButton(self.tr("E&xport to spreadsheet…"))
        self.export_button.clicked.connect(self.export_requested)
        self.settings_button = QPushButton(self.tr("Review &periods…"))
        self.settings_button.clicked.connect(self.settings_requested)
        self.buttons.addButton(self.settings_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        ask.set_default_button(self, None)  # Enter in the table opens a tie, in search searches
        fit_to_screen(self, 1180, 620)

    # -- showing ----------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[PortfolioRow], themes: Sequence[tuple[str, str]], today: _dt.date, *, due_first: bool = False) -> None:
        """``themes``: (id, title) for the heat map's columns."""
        headers = [self.tr("Tie"), self.tr("Dutch party"), self.tr("Counterpart"), self.tr("Status"), self.tr("Verdict")]
        # Theme titles are long; the heat map's columns stay narrow (the whole title is in the
        # theme list of the assessment itself).
        headers += [title if len(title) <= 18 else title[:17].rstrip() + "…" for _, title in themes]
        headers += [self.tr("Last assessed"), self.tr("Next review"), self.tr("Open actions"), self.tr("Overdue actions"), self.tr("Events since")]
        short = {NEXT_REVIEW: self.tr("Review"), OVERDUE_ACTIONS: self.tr("Late actions")}  # in a narrow window; "actions": not the review
        model = PortfolioModel(headers, [title for _, title in themes], self, short)
        cells = []
        for r in rows:
            verdict = Verdict(r.verdict)
            line = [
                Cell(str(r.tie)),
                Cell(r.dutch_party),
                Cell(r.counterpart),
                Cell(status_word(PartnershipStatus(r.status))),
                _verdict_cell(verdict),
            ]
            line += [_verdict_cell(Verdict(r.themes[t])) if t in r.themes else Cell("—") for t, _ in themes]
            assessed = Cell(short_date_text(r.last_assessed), sort=r.last_assessed.isoformat()) if r.last_assessed else Cell("—")
            review = Cell(self._review_text(r, today), sort=r.review.date.isoformat() if r.review.date else "")
            line += [assessed, review]
            line += [Cell(str(r.open_actions)), Cell(str(r.overdue_actions)), Cell(str(r.events_since))]
            cells.append(line)
        model.set_rows(cells, [r.tie for r in rows])
        old, self.model = self.model, model
        self.proxy.due = {r.tie for r in rows if r.review.is_due(today)}
        self.proxy.setSourceModel(model)
        old.deleteLater()
        self.columns.fit()  # shorter or fewer columns where the window is narrow
        self.table.sortByColumn(self.proxy.sortColumn() if self.proxy.sortColumn() >= 0 else 0, self.proxy.sortOrder())
        due = len(self.proxy.due)
        overdue = sum(r.review.is_overdue(today) for r in rows)
        self._summary = (  # "1 tie", "2 ties": Qt's numerus forms in both languages
            self.tr("%n tie(s); %1 due for review, %2 of them overdue.", "", len(rows)).replace("%1", str(due)).replace("%2", str(overdue))
        )
        self._say_left_out()
        if due_first:
            self.due_check.setChecked(True)
        if self.proxy.rowCount():
            self.table.selectRow(0)
            self.table.setFocus()
        self.open_button.setEnabled(self.proxy.rowCount() > 0)

    def _say_left_out(self) -> None:
        """The summary, and which columns a narrow window leaves out (the export has them all)."""
        model = self.model
        names = []
        for column in self.columns.left_out:
            if column in model.theme_columns():
                if column == model.theme_columns()[0]:
                    names.append(self.tr("levels per theme"))
            else:
                names.append(str(model.headerData(column, Qt.Orientation.Horizontal)).lower())
        text = self._summary
        if names:
            text += " " + self.tr("Left out to fit the window: %1.").replace("%1", ", ".join(names))
        self.summary_label.setText(text)

    def _review_text(self, r: PortfolioRow, today: _dt.date) -> str:
        if r.review.date is None:
            return "—"
        if r.review.is_overdue(today):
            return self.tr("%1 – overdue").replace("%1", short_date_text(r.review.date))
        if r.review.is_due(today):
            return self.tr("%1 – due").replace("%1", short_date_text(r.review.date))
        return short_date_text(r.review.date)

    def set_hits(self, hits: Sequence[SearchHit], kind_words: dict[str, str]) -> None:
        self.hits_model.set_rows(
            [[Cell(str(h.tie_id)), Cell(kind_words.get(h.kind, h.kind)), Cell(h.snippet)] for h in hits], [h.tie_id for h in hits]
        )
        self.hits_table.show()
        if hits:
            self.hits_table.selectRow(0)

    def texts(self) -> list[tuple[str, ...]]:
        """What the table shows, in its current order and filter (for tests)."""
        return [tuple(str(self.proxy.index(r, c).data()) for c in range(self.proxy.columnCount())) for r in range(self.proxy.rowCount())]

    # -- asking -----------------------------------------------------------------------------

    def selected_tie(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        key = self.model.key(self.proxy.mapToSource(rows[0]).row())
        return int(key) if key is not None else None

    def open_selected(self) -> None:
        tie = self.selected_tie()
        if tie is not None:
            # After the key that asked has been handled: Enter must not also press the opened
            # tie's "Record event".
            QTimer.singleShot(0, lambda: self.open_tie_requested.emit(tie))

    def _open_hit(self, index: QModelIndex) -> None:
        key = self.hits_model.key(index.row())
        if key is not None:
            QTimer.singleShot(0, lambda: self.open_tie_requested.emit(int(key)))

    def _due_only(self, on: bool) -> None:
        self.proxy.due_only = on
        self.proxy.invalidate()


def _verdict_cell(verdict: Verdict) -> Cell:
    """The level's icon and word (readable without colour); a hollow mark and a short word
    while there is no level."""
    if verdict.level is not None:
        return Cell(verdict_word(verdict), level=verdict.level)
    return Cell(f"{INCOMPLETE_SYMBOL} {verdict_short(verdict)}", tooltip=verdict_word(verdict))
