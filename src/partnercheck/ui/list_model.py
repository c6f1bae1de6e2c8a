"""The list of assessments: a table model that holds only the rows that have been seen.

The store filters and sorts in SQL (``store/listing.py``); the model asks for the first page
when the list is shown and for the next one when the view scrolls to the end of what it has
(Qt's ``canFetchMore``/``fetchMore``). Start-up, memory and a filter keystroke therefore cost
the same at 50 and at 100,000 assessments. How many match is counted only when it is not
already known from the first page, and the page shows that count once typing pauses
(``ListPage``), because counting is the one step that reads every matching row.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QIdentityProxyModel, QModelIndex, Qt

from ..domain.assessment import AssessmentState, AssessmentSummary, PartnershipStatus
from ..domain.levels import Level, Verdict
from ..domain.listing import ListQuery, SortKey
from .dates import local_date_text, local_time_text
from .labels import completeness_text, level_colour, level_icon, state_word, status_word, verdict_short, verdict_text, verdict_word
from .table_model import ROOT, Index, ListTableModel

if TYPE_CHECKING:
    from ..store.repository import AssessmentStore

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
# A shorter text for a column the list narrows when the window is too narrow for every column
# whole (ui/list_columns.py): the day without the time, "59/59"; the whole text is the tooltip.
COMPACT_ROLE = Qt.ItemDataRole.UserRole + 3
PAGE = 100  # rows per fetch: more than any screen shows, few enough to read in a millisecond
TEXTS_KEPT = 2000  # display texts of so many summaries are kept before the cache starts over
# Roles the table's delegate asks of every cell at every paint that this model leaves to the
# style: answered first, before any other work (a paint asks seven roles of every cell).
_LEFT_TO_STYLE = frozenset(
    {Qt.ItemDataRole.FontRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.CheckStateRole}
)


def list_date(moment: _dt.datetime) -> str:
    """A date and time as the list shows it, in the language of the window (one formatter)."""
    return local_time_text(moment)


def sort_key(column: int) -> Callable[[AssessmentSummary], Any]:
    """The order the store sorts ``column`` in, as a Python key (SORT_ROLE, and the tests)."""

    def share(s: AssessmentSummary) -> float:
        return s.answered / s.total if s.total else 0.0

    if column == SortKey.DUTCH_PARTY:
        return lambda s: (s.dutch_party.casefold(), s.counterpart.casefold())
    if column == SortKey.COUNTERPART:
        return lambda s: (s.counterpart.casefold(), s.dutch_party.casefold())
    if column == SortKey.STATUS:
        order = {status: i for i, status in enumerate(PartnershipStatus)}
        return lambda s: (order[s.status], s.dutch_party.casefold())
    if column == SortKey.VERDICT:
        verdicts = {v.value: i for i, v in enumerate(Verdict)}
        return lambda s: (verdicts[s.verdict], share(s))
    if column == SortKey.COMPLETENESS:
        return lambda s: (share(s), s.answered)
    if column == SortKey.STAGE:
        stages = {state: i for i, state in enumerate(AssessmentState)}
        return lambda s: (stages[s.state], s.revision)
    return lambda s: s.updated.isoformat()


class AssessmentListModel(ListTableModel):
    DUTCH_PARTY, COUNTERPART, STATUS, LEVEL, COMPLETENESS, STAGE, UPDATED = range(7)
    COLUMN_COUNT = 7

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AssessmentSummary] = []
        self._store: AssessmentStore | None = None
        self._query = ListQuery()
        self._matching: int | None = 0  # None: not counted yet
        self._complete = True  # every row that matches has been read
        # A shown summary -> its display texts (see _display); kept across filter keystrokes,
        # which mostly show the same summaries again (typing "Nijm" after "Nij").
        self._texts: dict[AssessmentSummary, tuple[str, ...]] = {}
        self._row_texts: dict[int, tuple[str, ...]] = {}  # the same by row, for the rows shown now
        self._colours: dict[Level, Any] = {}  # level -> its text colour in this palette
        self._total: int | None = 0  # outside the bin, whatever the filter; None: not counted yet

    # -- content ----------------------------------------------------------------------------

    def set_store(self, store: AssessmentStore | None, *, count_later: bool = False) -> None:
        """Show ``store``'s assessments (None: nothing), first page only. ``count_later``: when
        the first page is full, leave the total uncounted (None) until ``count_total``: counting
        reads every row (~6 ms at 100,000), which the first screen need not wait for."""
        self._store = store
        self.reload(count_later=count_later)

    def reload(self, *, count_later: bool = False) -> bool:
        """Read again what is shown (at least the first page); True when the rows changed."""
        before = self._rows
        wanted = max(len(self._rows), PAGE)
        rows = self._page(0, wanted)
        if self._store is None:
            self._total = 0
        elif len(rows) < wanted and not self._query.is_filtering:
            self._total = len(rows)  # every row is read: that is the count
        else:
            self._total = None if count_later else self._store.count_listed()
        self._replace(rows, complete=len(rows) < wanted)
        return before != self._rows

    def _page(self, offset: int, limit: int) -> list[AssessmentSummary]:
        return self._store.list_page(self._query, offset, limit) if self._store is not None else []

    def _replace(self, rows: list[AssessmentSummary], *, complete: bool) -> None:
        """New rows; persistent indexes (the selection) follow their assessment or vanish."""
        self.layoutAboutToBeChanged.emit()
        old_ids = [s.id for s in self._rows]
        self._rows = rows
        self._row_texts.clear()
        if len(self._texts) > TEXTS_KEPT:
            self._texts.clear()
        self._colours.clear()
        self._complete = complete
        self._matching = len(rows) if complete else None if self._query.is_filtering else self._total
        new_row = {s.id: row for row, s in enumerate(rows)}
        old = self.persistentIndexList()
        new = []
        for index in old:
            row = new_row.get(old_ids[index.row()]) if index.isValid() and index.row() < len(old_ids) else None
            new.append(self.index(row, index.column()) if row is not None else QModelIndex())
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _append(self, more: list[AssessmentSummary]) -> None:
        if more:
            self.beginInsertRows(ROOT, len(self._rows), len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        return not parent.isValid() and self._store is not None and not self._complete

    def fetchMore(self, parent: Index = ROOT) -> None:
        if parent.isValid() or self._complete:
            return
        more = self._page(len(self._rows), PAGE)
        if len(more) < PAGE:
            self._complete = True
            self._matching = len(self._rows) + len(more)  # the end: now the count is known
        self._append(more)

    def fetch_all(self) -> None:
        while self.canFetchMore():
            self.fetchMore()

    @property
    def store(self) -> AssessmentStore | None:
        return self._store

    @property
    def query(self) -> ListQuery:
        return self._query

    def set_query(self, query: ListQuery) -> None:
        """Filter or sort anew. A new order reads as many rows as were shown, and further down
        to any assessment that is selected, so the selection stays."""
        if query == self._query:
            return
        resorted = (query.sort, query.descending) != (self._query.sort, self._query.descending)
        keep = {index.data(ID_ROLE) for index in self.persistentIndexList() if index.isValid()} if resorted else set()
        self._query = query
        wanted = max(PAGE, len(self._rows)) if resorted else PAGE
        rows = self._page(0, wanted)
        if keep and len(rows) == wanted and self._store is not None:
            missing = keep - {s.id for s in rows}
            positions = [p for i in missing if (p := self._store.position_listed(query, i)) is not None]
            if positions:
                wanted = (max(positions) // PAGE + 1) * PAGE
                rows += self._page(len(rows), wanted - len(rows))
        self._replace(rows, complete=len(rows) < wanted)

    @property
    def total(self) -> int | None:
        """Assessments outside the bin, whatever the filter; None until counted (``count_total``)."""
        return self._total

    def count_total(self) -> int:
        if self._total is None:
            self._total = self._store.count_listed() if self._store is not None else 0
            if not self._query.is_filtering and not self._complete:
                self._matching = self._total
        return self._total

    @property
    def matching(self) -> int | None:
        """How many the filter lets through; None until counted (see ``count``)."""
        return self._matching

    def count(self) -> int:
        if self._matching is None:
            self._matching = self._store.count_listed(self._query) if self._store is not None else 0
        return self._matching

    def summary(self, row: int) -> AssessmentSummary:
        return self._rows[row]

    def level(self, row: int) -> Level | None:
        """The level the verdict states; None while incomplete or not started."""
        return self.verdict(row).level

    def verdict(self, row: int) -> Verdict:
        return Verdict(self._rows[row].verdict)

    def row_of(self, assessment_id: int) -> int | None:
        """The row of ``assessment_id`` among the rows read so far."""
        for row, summary in enumerate(self._rows):
            if summary.id == assessment_id:
                return row
        return None

    def locate(self, assessment_id: int) -> int | None:
        """The row of ``assessment_id``, reading up to it when it lies further down the list."""
        row = self.row_of(assessment_id)
        if row is not None or self._store is None or self._complete:
            return row
        position = self._store.position_listed(self._query, assessment_id)
        if position is None:
            return None
        self._append(self._page(len(self._rows), (position // PAGE + 1) * PAGE - len(self._rows)))
        return self.row_of(assessment_id)

    # -- Qt model ---------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in _LEFT_TO_STYLE or not index.isValid():
            return None
        row, column = index.row(), index.column()
        s = self._rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            texts = self._row_texts.get(row)
            if texts is None:
                texts = self._row_texts[row] = self._display(s)
            return texts[column]
        elif role == Qt.ItemDataRole.DecorationRole and column == self.LEVEL and (level := Verdict(s.verdict).level) is not None:
            return level_icon(level)
        elif role == Qt.ItemDataRole.ForegroundRole and column == self.LEVEL and (level := Verdict(s.verdict).level) is not None:
            if level not in self._colours:
                self._colours[level] = level_colour(level)
            return self._colours[level]
        elif role == Qt.ItemDataRole.ToolTipRole:
            if column == self.LEVEL:
                provisional = Level.from_code(s.overall) if s.overall else None
                return self.tr("Verdict: %1").replace("%1", verdict_text(Verdict(s.verdict), provisional))
            if column == self.COMPLETENESS:
                percent = round(100 * s.answered / s.total) if s.total else 0
                return (
                    self.tr("%1 of %2 questions answered (%3%)")
                    .replace("%1", str(s.answered))
                    .replace("%2", str(s.total))
                    .replace("%3", str(percent))
                )
            if column == self.UPDATED:  # whole also when a narrow list shows only the day
                return list_date(s.updated)
            if column in (self.DUTCH_PARTY, self.COUNTERPART):
                # The whole name first: a narrow column cuts it off.
                name = s.dutch_party if column == self.DUTCH_PARTY else s.counterpart
                return name + "\n" + self.tr("Assessor: %1").replace("%1", s.assessor) if s.assessor else name
            if column == self.STAGE:
                return self.tr("Revision %1, last changed %2").replace("%1", str(s.revision)).replace("%2", list_date(s.updated))
        elif role == Qt.ItemDataRole.AccessibleTextRole and column == self.LEVEL:
            return verdict_word(Verdict(s.verdict))
        elif role == Qt.ItemDataRole.AccessibleDescriptionRole:
            # A screen reader reads the cell's whole text (the display role: the elided name or
            # "59/59" are only drawn short) and, as its description, what the tooltip says.
            return self.data(index, Qt.ItemDataRole.ToolTipRole)
        elif role == ID_ROLE:
            return s.id
        elif role == COMPACT_ROLE:
            if column == self.UPDATED:
                return local_date_text(s.updated)
            if column == self.COMPLETENESS:
                return f"{s.answered}/{s.total}"
        elif role == SORT_ROLE:
            return sort_key(column)(s)
        return None

    def _display(self, s: AssessmentSummary) -> tuple[str, ...]:
        """The summary's texts, made once: a repaint asks for each cell again."""
        texts = self._texts.get(s)
        if texts is None:
            texts = (
                s.dutch_party,
                s.counterpart,
                status_word(s.status),
                verdict_short(Verdict(s.verdict)),
                completeness_text(s.answered, s.total),
                state_word(s.state, s.revision),
                list_date(s.updated),
            )
            self._texts[s] = texts
        return texts

    def column_titles(self) -> dict[int, str]:
        return {
            self.DUTCH_PARTY: self.tr("Dutch party"),
            self.COUNTERPART: self.tr("Counterpart"),
            self.STATUS: self.tr("Status"),
            self.LEVEL: self.tr("Verdict"),
            self.COMPLETENESS: self.tr("Answered"),
            self.STAGE: self.tr("Stage"),
            self.UPDATED: self.tr("Last change"),
        }

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.COLUMN_COUNT:
            return
        q = self._query
        self.set_query(ListQuery(q.text, q.status, q.verdict, SortKey(column), order == Qt.SortOrder.DescendingOrder))


class AssessmentFilterProxy(QIdentityProxyModel):
    """What the table shows: the list model as it is (it filters and sorts in SQL); the
    filter criteria are set here, as the window has always done."""

    def _source(self) -> AssessmentListModel | None:
        model = self.sourceModel()
        return model if isinstance(model, AssessmentListModel) else None

    def set_filter(self, text: str | None = None, status: PartnershipStatus | None | bool = False, level: Level | None | bool = False) -> None:
        """Change any of the criteria; ``False`` leaves status or level as it was."""
        model = self._source()
        if model is None:
            return
        q = model.query
        model.set_query(
            ListQuery(
                q.text if text is None else text.strip(),
                q.status if status is False else status,  # type: ignore[arg-type]
                q.verdict if level is False else (level.code if isinstance(level, Level) else None),
                q.sort,
                q.descending,
            )
        )

    def clear_filter(self) -> None:
        self.set_filter("", None, None)

    @property
    def is_filtering(self) -> bool:
        model = self._source()
        return model is not None and model.query.is_filtering

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self._source()
        if model is not None:
            model.sort(column, order)
