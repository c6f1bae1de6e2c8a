"""The widths of the assessment list's columns, fitted to the room the table has.

Fixed widths (640 pixels for the five short columns) left the two names nothing at 1024x768
and 150 % (a 660-pixel table): "Gem…" and "Y…" while "Actief" sat in 110 pixels. Now each
short column is as wide as its header or its widest shown text, and the names share the rest:
the narrower name (mostly the Chinese city's) is shown whole first, and neither gets less than
a short municipality's name ("Gemeente Breda"). Where that does not fit (683 logical pixels, a
realistic list: the short columns took 470 and "Gewijzigd" was cut off behind a scroll bar),
"Last change" shows the day only and then "Answered" shows "59/59" (the whole text in their
tooltips) until the names are whole (or have twice that room); only where even that is not enough does the table
scroll sideways. A wider window shows the whole texts again.

A column the user widened or narrowed keeps that width, also in the next session (the
window's settings, by the column's key: restored as the list is made, after the settings are
read at start anyway); the others, never resized, go on fitting around it. "Reset column
widths" (ui/list_header_menu.py) forgets them all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView

from .list_model import COMPACT_ROLE, AssessmentListModel

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex, QPersistentModelIndex
    from PySide6.QtGui import QResizeEvent, QShowEvent
    from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

    from .settings import AppSettings

NAMES = (AssessmentListModel.DUTCH_PARTY, AssessmentListModel.COUNTERPART)
SHORT_NAME = "Gemeente Breda"  # a name no narrower column may cut
SHORT_MAX = 220  # no short column takes more than this, whatever one row holds
# Each column's key in the settings, in the model's order: a later version that adds or moves
# a column still gives each remembered width to its own column.
# The columns shown shorter, in this order, while the names lack their room: the time of the
# last change says least, the percentage next (both stay in the tooltip).
COMPACT_ORDER = (AssessmentListModel.UPDATED, AssessmentListModel.COMPLETENESS)
COLUMN_KEYS = ("dutch_party", "counterpart", "status", "level", "completeness", "stage", "updated")


def _compact_delegate(parent: QObject) -> QStyledItemDelegate:
    """A delegate that draws (and measures) a cell with its short text: set only on a column
    that is shown short, so the wide list paints without a Python call per cell. Made when a
    column is first shown short: importing QStyledItemDelegate and QStyleOptionViewItem makes
    PySide6 create their enums, ~0.8 ms of CPU that a wide window's first screen never needs."""
    from PySide6.QtWidgets import QStyledItemDelegate

    class CompactDelegate(QStyledItemDelegate):
        def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
            super().initStyleOption(option, index)
            text = index.data(COMPACT_ROLE)
            if text:
                option.text = text

    return CompactDelegate(parent)


class FittedTable(QTableView):
    """A table that tells its ColumnFitter when its viewport is resized or the table is shown.

    QAbstractScrollArea hands the viewport's resize events to the table's resizeEvent (the
    table's own resize does not come here), so the fitter needs no event filter on the
    viewport: asking Python for ``viewport()`` makes shiboken work out the type of a widget Qt
    made, which creates some fifty QtWidgets classes and their enums (~5-10 ms of CPU before
    the first screen), and a filter there runs Python for every event of the viewport (each
    converted to its QEvent subclass, ~2 ms the first time). The viewport's width comes
    with its resize event."""

    fitter: ColumnFitter | None = None
    viewport_width: int | None = None  # as of the viewport's last resize

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.viewport_width = event.size().width()
        if self.fitter is not None:
            self.fitter.room_changed()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)  # the viewport, a child, is shown (and sized) first
        if self.fitter is not None:
            self.fitter.room_changed()


class ColumnFitter(QObject):
    def __init__(self, table: FittedTable) -> None:
        super().__init__(table)
        self.table = table
        self.user_set: set[int] = set()  # columns the user resized: kept as they are
        self._fitting = False
        self._settings: AppSettings | None = None  # where the user's widths are kept
        self._fitted = False  # until the first fit, resizes only ask for one (as the window is shown)
        self._compact: QStyledItemDelegate | None = None  # made when a column is first shown short
        self.compact: set[int] = set()  # the columns shown short now
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(self._resized)
        # sizeHintForColumn measures only the rows in view (by default up to 1000 rows, eight
        # roles of each read through Python: 17 ms a fit for the first page of 100, against 2
        # for the 19 rows in view). A hidden table still measures them all: see fit().
        header.setResizeContentsPrecision(0)
        table.fitter = self  # told of the viewport's resizes and of the table being shown
        # After new rows (a reload, a filter) the widest text may have changed; fitted once
        # the rows are laid out, and once for a burst of changes.
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.fit)
        model = table.model()
        for signal in (model.modelReset, model.rowsInserted, model.layoutChanged):
            signal.connect(self._later.start)

    def room_changed(self) -> None:
        """The viewport was resized, or the table shown (FittedTable)."""
        if self._fitted:  # the user resizes the window, or the list comes back: at once
            self.fit()
        else:
            # Showing the window brings a show, two resizes and, at start, the first page of
            # rows: one fit for them all, once the rows are there (they start the same timer).
            self._later.start()

    def room(self) -> int:
        """The viewport's width: as its last resize said (FittedTable), so Python need not ask
        for the viewport itself."""
        width = self.table.viewport_width
        return self.table.viewport().width() if width is None else width

    def _resized(self, column: int, _old: int, _new: int) -> None:
        if not self._fitting:
            self.user_set.add(column)
            if self._settings is not None:  # in memory; QSettings writes it out (and at close)
                header = self.table.horizontalHeader()
                self._settings.set_column_widths({COLUMN_KEYS[c]: header.sectionSize(c) for c in sorted(self.user_set) if c < len(COLUMN_KEYS)})

    def remember_in(self, settings: AppSettings) -> None:
        """Give the columns the widths the user set in an earlier session (or before a
        language switch made the list again), and keep each width the user sets from now on."""
        self._settings = settings
        header = self.table.horizontalHeader()
        self._fitting = True
        try:
            for key, width in settings.column_widths().items():
                if key in COLUMN_KEYS and (column := COLUMN_KEYS.index(key)) < header.count():
                    header.resizeSection(column, max(width, header.minimumSectionSize()))
                    self.user_set.add(column)
        finally:
            self._fitting = False
        if self.user_set:  # the others fit around them (else they fit as the table is shown)
            self.fit()

    def reset(self) -> None:
        """Forget the widths the user set, here and in the settings: every column fits again."""
        self.user_set.clear()
        if self._settings is not None:
            self._settings.set_column_widths({})
        self.fit()

    def _wanted(self, column: int, arrow: bool = True) -> int:
        """The column's header or its widest text in view, whichever is wider; without
        ``arrow``, the header without the room Qt keeps in every title for the sort arrow
        (drawn only in the sorted column's)."""
        header = self.table.horizontalHeader()
        if arrow or not header.isSortIndicatorShown() or header.sortIndicatorSection() == column:
            return max(header.sectionSizeHint(column), self.table.sizeHintForColumn(column))
        header.setSortIndicatorShown(False)  # only a flag and a repaint: nothing is sorted again
        try:
            return max(header.sectionSizeHint(column), self.table.sizeHintForColumn(column))
        finally:
            header.setSortIndicatorShown(True)

    def name_minimum(self) -> int:
        """The least a name column gets while the table has room: a short municipality's name."""
        # A cell's text keeps this margin each side (as QItemDelegate draws it), plus the grid line.
        margins = 2 * (self.table.style().pixelMetric(self.table.style().PixelMetric.PM_FocusFrameHMargin) + 1) + 2
        return self.table.fontMetrics().horizontalAdvance(SHORT_NAME) + margins

    def fit(self) -> None:
        header = self.table.horizontalHeader()
        count = header.count()
        # A hidden table measures every row it holds, and its size is not yet the shown one:
        # it is fitted when shown.
        if count == 0 or not self.table.isVisible():
            return
        self._fitting = True
        try:
            free = [c for c in NAMES if c not in self.user_set]
            wanted = {c: max(self._wanted(c), 1) for c in free}
            # Short texts while the names are not whole: a name tells the rows apart, the time of
            # a change and the percentage matter less. One very long name (more than twice a
            # short municipality's) does not narrow the other columns.
            need = sum(min(2 * self.name_minimum(), w) for w in wanted.values())
            for column in COMPACT_ORDER:  # measured whole, whatever is shown now; one the user sized shows all it can
                if column < count:
                    self._show_short(column, False)
            short = [c for c in COMPACT_ORDER if c < count and c not in self.user_set]
            widths = {c: min(self._wanted(c), SHORT_MAX) for c in range(count) if c not in NAMES and c not in self.user_set}
            full = {c: widths[c] for c in short}
            fixed = sum(header.sectionSize(c) for c in range(count) if c in self.user_set)
            for column in short:
                if self.room() - fixed - sum(widths.values()) >= need:
                    break
                self._show_short(column, True)
                widths[column] = min(self._wanted(column, arrow=False), full[column])
            for column, width in widths.items():
                header.resizeSection(column, width)
            if not free:
                return
            room = self.room() - fixed - sum(widths.values())
            for column, width in share_out(room, wanted, self.name_minimum()).items():
                header.resizeSection(column, width)
        finally:
            self._fitting = False
            self._fitted = True

    def _show_short(self, column: int, short: bool) -> None:
        if short != (column in self.compact):
            if short and self._compact is None:
                self._compact = _compact_delegate(self)
            self.table.setItemDelegateForColumn(column, self._compact if short else None)  # type: ignore[arg-type]
            (self.compact.add if short else self.compact.discard)(column)


def share_out(room: int, wanted: dict[int, int], floor: int) -> dict[int, int]:
    """``room`` shared by the name columns: when it holds every name, each gets its widest
    name and the rest in proportion; when not, the narrower name first gets what it needs
    (up to an even share), the wider one the rest. None goes below ``floor`` (or its own
    widest name, if that is less): then the table scrolls."""
    total = sum(wanted.values())
    if room >= total:
        extra = room - total
        return {c: w + extra * w // total for c, w in wanted.items()}
    widths: dict[int, int] = {}
    left, order = room, sorted(wanted, key=lambda c: wanted[c])
    for i, column in enumerate(order):
        share = left if i == len(order) - 1 else min(wanted[column], left // (len(order) - i))
        widths[column] = max(share, min(floor, wanted[column]))
        left -= widths[column]
    return widths
