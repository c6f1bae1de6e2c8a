"""Columns fitted to their contents, one column taking the rest: for a table whose rows wrap.

The result tab's red flags gave the theme, answer and note 150 pixels each, so at 1024x768
and 100 % the question had 75 and read a word a line; at 150 % one flag row was taller than
its table. Now each other column is as wide as its title or its widest text, but no more than
``share`` of the table (its text wraps); together they leave the main column ``keep`` of it,
or ``least`` where a word in another column would be cut. The rows then take the height their wrapped texts need, and the table is at
least as tall as its tallest row.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

MOST_HEIGHT = 400  # a table never asks more than this for its tallest row; beyond it, it scrolls


class FittedColumns(QObject):
    def __init__(self, view: QTableView, main: int, *, share: float = 0.2, keep: float = 0.4, least: float = 0.3) -> None:
        super().__init__(view)
        self.view, self.main, self.share, self.keep, self.least = view, main, share, keep, least
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(main, QHeaderView.ResizeMode.Stretch)
        view.viewport().installEventFilter(self)
        model = view.model()
        model.modelReset.connect(self.fit)
        model.layoutChanged.connect(self.fit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def widths(self, width: int) -> dict[int, int]:
        """Each other column's width in a table ``width`` pixels wide."""
        view, header = self.view, self.view.horizontalHeader()
        columns = [c for c in range(view.model().columnCount()) if c != self.main and not view.isColumnHidden(c)]
        titles = {c: header.sectionSizeHint(c) for c in columns}
        # The view measures only the rows in sight; the longest word is measured over them all.
        words = {c: self._longest_word(c) for c in columns}
        contents = {c: max(view.sizeHintForColumn(c), words[c]) for c in columns}
        share = int(width * self.share)
        wanted = {c: min(max(contents[c], titles[c]), max(share, titles[c], words[c])) for c in columns}
        budget = int(width * (1 - self.keep))
        if sum(wanted.values()) <= budget:
            return wanted
        # Too wide together: each gives way down to its title and its longest word; then the main
        # column down to ``least``, then the titles (one may end in "…"); a word in a cell is cut
        # only where even that is not enough.
        stages = (({c: max(titles[c], words[c]) for c in columns}, budget), (words, int(width * (1 - self.least))))
        for floors, budget in stages:
            spare = {c: max(0, wanted[c] - floors[c]) for c in columns}
            excess, room = sum(wanted.values()) - budget, sum(spare.values())
            if excess <= 0:
                return wanted
            if room >= excess:
                return {c: wanted[c] - excess * spare[c] // max(room, 1) for c in columns}
            wanted = {c: min(wanted[c], floors[c]) for c in columns}
        total = sum(wanted.values())
        return {c: w * budget // max(total, 1) for c, w in wanted.items()}

    def _longest_word(self, column: int) -> int:
        """The widest word of the column's texts, with the cell's margins and icon."""
        view = self.view
        model, metrics = view.model(), view.fontMetrics()
        icon = view.iconSize().width() if view.iconSize().isValid() else view.style().pixelMetric(view.style().PixelMetric.PM_SmallIconSize)
        widest = 0
        for row in range(model.rowCount()):
            index = model.index(row, column)
            words = str(index.data() or "").split()
            width = max((metrics.horizontalAdvance(w) for w in words), default=0)
            if index.data(Qt.ItemDataRole.DecorationRole) is not None:
                width += icon + 4
            widest = max(widest, width)
        return widest + 2 * (view.style().pixelMetric(view.style().PixelMetric.PM_FocusFrameHMargin) + 1) + 2

    def fit(self) -> None:
        header = self.view.horizontalHeader()
        for column, width in self.widths(self.view.viewport().width()).items():
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)
        view = self.view
        view.resizeRowsToContents()
        # Tall enough for its tallest row: a row taller than the table could not be read whole.
        tallest = max((view.rowHeight(r) for r in range(view.model().rowCount())), default=0)
        view.setMinimumHeight(min(MOST_HEIGHT, tallest + header.sizeHint().height() + 2 * view.frameWidth()))
