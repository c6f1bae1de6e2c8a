"""The start screen: every assessment in the database, sortable and filterable, with a clear
way in when there are none yet."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.assessment import PartnershipStatus
from ..domain.levels import Level
from ..store.errors import StoreError
from .labels import level_icon, level_text, status_word
from .list_columns import ColumnFitter, FittedTable
from .list_header_menu import add_reset_menu
from .list_model import ID_ROLE, AssessmentFilterProxy, AssessmentListModel

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent

    from ..store.repository import AssessmentStore

COUNT_DELAY_MS = 250  # how long typing must pause before the matches are counted


class AssessmentTable(FittedTable):
    """Enter (and Return) open the current assessment, like a double-click."""

    open_requested = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class ListPage(QWidget):
    open_requested = Signal(int)  # assessment id
    new_requested = Signal()
    import_requested = Signal()
    delete_requested = Signal()
    bin_requested = Signal()
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AssessmentListModel(self)
        self.proxy = AssessmentFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)

        bar = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New assessment…"))
        self.new_button.clicked.connect(self.new_requested)
        bar.addWidget(self.new_button)
        bar.addSpacing(16)
        filter_label = QLabel(self.tr("Fi&lter:"))
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Municipality, province, city or assessor"))
        self.filter_edit.setAccessibleName(self.tr("Filter by name"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(160)  # 260 held the window wider than 682 at 150 %
        filter_label.setBuddy(self.filter_edit)
        self.filter_edit.textChanged.connect(lambda text: self._filter(text=text))
        self.filter_edit.returnPressed.connect(self.open_current)  # Enter opens the selected (or first) assessment
        bar.addWidget(filter_label)
        bar.addWidget(self.filter_edit, 1)
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Filter by status"))
        self.status_combo.addItem(self.tr("All statuses"), "")
        for status in PartnershipStatus:
            self.status_combo.addItem(status_word(status), status.value)
        self.status_combo.currentIndexChanged.connect(self._status_changed)
        bar.addWidget(self.status_combo)
        self.level_combo = QComboBox()
        self.level_combo.setAccessibleName(self.tr("Filter by level"))
        self.level_combo.addItem(self.tr("All levels"), "")
        for level in Level:
            self.level_combo.addItem(level_icon(level), level_text(level), level.code)
        self.level_combo.currentIndexChanged.connect(self._level_changed)
        bar.addWidget(self.level_combo)
        layout.addLayout(bar)

        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)

        self.table = AssessmentTable()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Assessments"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move within it)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        self.table.setSortingEnabled(True)
        self.columns = ColumnFitter(self.table)  # names get the room the short columns leave (ui/list_columns.py)
        self.reset_widths_action = add_reset_menu(self.table, self.columns)  # right click or the Menu key
        self.table.sortByColumn(AssessmentListModel.UPDATED, Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(self._open_index)
        self.table.open_requested.connect(self._open_index)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, context=Qt.ShortcutContext.WidgetShortcut).activated.connect(
            self._delete_pressed
        )
        self.table.selectionModel().selectionChanged.connect(self.selection_changed)
        self.stack.addWidget(self.table)

        # Built when first needed: with assessments in the database neither is shown at start.
        self.empty_page: QWidget | None = None  # first run: nothing in the database yet
        self.no_match_page: QWidget | None = None  # the filter hides everything
        self._editable = True  # False for a database that cannot be written
        self._loaded = False  # until the first list arrives, the (empty) table is shown, not "No assessments yet"

        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self._count_now)
        footer = QHBoxLayout()
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of assessments"))
        footer.addWidget(self.count_label, 1)
        self.bin_button = QPushButton(self.tr("&Bin…"))
        self.bin_button.setToolTip(self.tr("Deleted assessments: restore them, or empty the bin"))
        self.bin_button.setFlat(True)
        self.bin_button.clicked.connect(self.bin_requested)
        footer.addWidget(self.bin_button)
        layout.addLayout(footer)
        self._update_state()

    def _empty_page(self) -> QWidget:
        if self.empty_page is not None:
            return self.empty_page
        self.empty_page = QWidget()
        e = QVBoxLayout(self.empty_page)
        e.addStretch(1)
        title = QLabel(self.tr("No assessments yet"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        e.addWidget(title)
        explanation = QLabel(
            self.tr(
                "An assessment walks you through the due-diligence checklist for one partnership with a Chinese "
                "city or province. Everything you enter is saved at once; you can stop and continue later."
            )
        )
        explanation.setWordWrap(True)
        explanation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        explanation.setMinimumWidth(420)
        explanation.setMaximumWidth(640)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(explanation)
        row.addStretch(1)
        e.addLayout(row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.empty_new_button = QPushButton(self.tr("S&tart a new assessment…"))
        self.empty_new_button.setDefault(True)
        self.empty_new_button.clicked.connect(self.new_requested)
        self.empty_import_button = QPushButton(self.tr("&Import an assessment file…"))
        self.empty_import_button.clicked.connect(self.import_requested)
        buttons.addWidget(self.empty_new_button)
        buttons.addWidget(self.empty_import_button)
        self.empty_new_button.setEnabled(self._editable)
        self.empty_import_button.setEnabled(self._editable)
        buttons.addStretch(1)
        e.addLayout(buttons)
        e.addStretch(2)
        self.stack.addWidget(self.empty_page)
        return self.empty_page

    def _no_match_page(self) -> QWidget:
        if self.no_match_page is not None:
            return self.no_match_page
        self.no_match_page = QWidget()
        n = QVBoxLayout(self.no_match_page)
        n.addStretch(1)
        no_match = QLabel(self.tr("No assessment matches the filter."))
        no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        n.addWidget(no_match)
        clear_row = QHBoxLayout()
        clear_row.addStretch(1)
        self.clear_filter_button = QPushButton(self.tr("Show &all assessments"))
        self.clear_filter_button.clicked.connect(self.clear_filter)
        clear_row.addWidget(self.clear_filter_button)
        clear_row.addStretch(1)
        n.addLayout(clear_row)
        n.addStretch(2)
        self.stack.addWidget(self.no_match_page)
        return self.no_match_page

    # -- content ----------------------------------------------------------------------------

    def show_store(self, store: AssessmentStore | None, select_id: int | None = None) -> bool:
        """List ``store``'s assessments (read again when it is the one shown), keeping the
        selection or selecting ``select_id``; True when the rows shown changed."""
        keep = select_id if select_id is not None else self.selected_id()
        self._loaded = True
        if store is self.model.store:
            changed = self.model.reload()
        else:
            self.model.set_store(store, count_later=True)  # the first screen does not wait for the count
            changed = True
        self._update_state()
        if keep is not None:
            self.select_id(keep)
        elif self.proxy.rowCount() > 0:
            self.table.selectRow(0)
        return changed

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def select_id(self, assessment_id: int) -> bool:
        row = self.model.locate(assessment_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def focus_list(self) -> None:
        target = self.table if self.stack.currentWidget() is self.table else self.stack.currentWidget()
        if target is self.empty_page:
            self.empty_new_button.setFocus()
        elif target is not None:
            target.setFocus()

    # -- filtering --------------------------------------------------------------------------

    def _filter(self, **criteria: object) -> None:
        self.proxy.set_filter(**criteria)  # type: ignore[arg-type]
        self._update_state()

    def _status_changed(self, _index: int) -> None:
        value = self.status_combo.currentData()
        self._filter(status=PartnershipStatus(value) if value else None)

    def _level_changed(self, _index: int) -> None:
        value = self.level_combo.currentData()
        self._filter(level=Level.from_code(value) if value else None)

    def clear_filter(self) -> None:
        for widget in (self.filter_edit, self.status_combo, self.level_combo):
            widget.blockSignals(True)
        self.filter_edit.clear()
        self.status_combo.setCurrentIndex(0)
        self.level_combo.setCurrentIndex(0)
        for widget in (self.filter_edit, self.status_combo, self.level_combo):
            widget.blockSignals(False)
        self.proxy.clear_filter()
        self._update_state()

    def _delete_pressed(self) -> None:
        if self._editable:
            self.delete_requested.emit()

    def set_editable(self, editable: bool) -> None:
        """Offer new, import, delete and the bin only for a database that can be written."""
        self._editable = editable
        self.new_button.setEnabled(editable)
        self.bin_button.setEnabled(editable)
        if self.empty_page is not None:
            self.empty_new_button.setEnabled(editable)
            self.empty_import_button.setEnabled(editable)

    def _update_state(self) -> None:
        total = self.model.total
        if total is None:
            # A full first page is shown: the count (of every row) follows once the list is on screen.
            self.stack.setCurrentWidget(self.table)
            for widget in (self.filter_edit, self.status_combo, self.level_combo):
                widget.setEnabled(True)
            self._count_timer.stop()
            self.count_label.clear()
            QTimer.singleShot(0, self._count_total)
            return
        shown = self.model.matching
        if total == 0 and self._loaded:
            self.stack.setCurrentWidget(self._empty_page())
        elif total and self.model.rowCount() == 0:
            self.stack.setCurrentWidget(self._no_match_page())
        else:
            self.stack.setCurrentWidget(self.table)
        for widget in (self.filter_edit, self.status_combo, self.level_combo):
            widget.setEnabled(total > 0)
        if shown is None:
            # Counting reads every matching row: done once typing pauses, not at every letter.
            self.count_label.setText(self.tr("Counting the matches among %1 assessments…").replace("%1", str(total)))
            self._count_timer.start()
        else:
            self._count_timer.stop()
            self.count_label.setText(self._count_text(shown, total))

    def _count_text(self, shown: int, total: int) -> str:
        if total == 0:
            return ""
        if shown == total:
            return self.tr("%n assessment(s)", "", total)
        return self.tr("%1 of %n assessment(s) shown", "", total).replace("%1", str(shown))

    def _count_total(self) -> None:
        if self.model.total is not None:
            return  # counted meanwhile (a reload)
        try:
            self.model.count_total()
        except StoreError:
            return  # the label stays empty; the next reload counts again
        self._update_state()

    def _count_now(self) -> None:
        try:
            shown = self.model.count()
        except StoreError:
            return  # the label keeps saying it is counting; the next change tries again
        self.count_label.setText(self._count_text(shown, self.model.count_total()))

    def open_current(self) -> None:
        """Open the selected assessment, else the first one shown (Enter in the filter)."""
        index = self.table.currentIndex()
        if not index.isValid():
            index = self.proxy.index(0, 0)
        if self.stack.currentWidget() is self.table and index.isValid():
            self._open_index(index)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(index.data(ID_ROLE))
