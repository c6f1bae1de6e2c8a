"""Who changed what, and when: the history of one question (its answer and note) or of a
whole assessment, newest first, in words (see :mod:`history_text`)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QVBoxLayout, QWidget

from . import ask, colours
from .history_text import HistoryRow
from .text_table import Cell, TextTableModel, fit_to_screen, text_table


class HistoryDialog(QDialog):
    """``with_subject``: a column naming what changed (for the whole assessment)."""

    def __init__(self, title: str, intro: str, rows: Sequence[HistoryRow], *, with_subject: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.intro_label = QLabel(intro)
        self.intro_label.setTextFormat(Qt.TextFormat.PlainText)
        self.intro_label.setWordWrap(True)
        font = self.intro_label.font()
        font.setBold(True)
        self.intro_label.setFont(font)
        layout.addWidget(self.intro_label)

        headers = [self.tr("When"), self.tr("Who")]
        if with_subject:
            headers.append(self.tr("What"))
        headers.append(self.tr("Change"))
        self.model = TextTableModel(headers, self)
        table_rows = []
        for row in reversed(rows):  # newest first
            cells = [Cell(row.when), Cell(row.who)]
            if with_subject:
                cells.append(Cell(row.subject, row.subject_detail))
            cells.append(Cell(row.change, row.detail))
            table_rows.append(cells)
        self.model.set_rows(table_rows, [r.entry for r in reversed(rows)])
        change_column = len(headers) - 1
        self.table = text_table(self.model, self.tr("Changes, newest first"), stretch=change_column)
        header = self.table.horizontalHeader()
        if with_subject:
            header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(2, 300)
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(self.tr("No changes have been recorded yet."))
        layout.addWidget(self.empty_label)
        has_rows = self.model.rowCount() > 0
        self.table.setVisible(has_rows)
        self.empty_label.setVisible(not has_rows)
        if has_rows:
            self.table.selectRow(0)
        count = self.model.rowCount()
        self.count_label = QLabel(self.tr("%n change(s), newest first. Point at a change to read it in full.", "", count))
        self.count_label.setStyleSheet(colours.hint_style())
        self.count_label.setVisible(has_rows)
        layout.addWidget(self.count_label)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        ask.set_default_button(self, None)
        fit_to_screen(self, 980 if with_subject else 760, 520 if with_subject else 400)
        if with_subject:
            # 300 pixels for "What" in a 663-pixel dialog (150 % on 1024x768) left the change a
            # narrow column of wrapped words; it gets at most 30 % now.
            header.resizeSection(2, min(300, self.width() * 3 // 10))
