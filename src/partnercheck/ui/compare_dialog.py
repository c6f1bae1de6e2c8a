"""What changed since the previous assessment of the partnership: the levels (overall and
per theme) and the answers, side by side."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGroupBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from ..domain.assessment import Answer, Assessment
from ..domain.checklist import Checklist, Question
from ..domain.compare import Comparison
from . import ask
from .dates import date_text
from .history_text import NOTHING, answer_label, question_title, shorten, when_text
from .labels import level_word, state_word
from .text_table import Cell, TextTableModel, fit_to_screen, text_table


class CompareDialog(QDialog):
    question_requested = Signal(str)  # a changed question to go to

    def __init__(
        self, checklist: Checklist, lang: str, old: Assessment, new: Assessment, comparison: Comparison, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compared with the previous assessment"))
        layout = QVBoxLayout(self)

        self.intro_label = QLabel(self._intro(old, new))
        self.intro_label.setTextFormat(Qt.TextFormat.PlainText)
        self.intro_label.setWordWrap(True)
        layout.addWidget(self.intro_label)
        if (old.checklist_id, old.checklist_version) != (new.checklist_id, new.checklist_version):
            other = QLabel(
                self.tr("The previous assessment used checklist version %1; both are read here with version %2.")
                .replace("%1", old.checklist_version)
                .replace("%2", new.checklist_version)
            )
            other.setWordWrap(True)
            layout.addWidget(other)

        self.empty_label = QLabel(self.tr("No differences: the answers, notes and levels are the same."))
        font = self.empty_label.font()
        font.setBold(True)
        self.empty_label.setFont(font)
        layout.addWidget(self.empty_label)
        self.empty_label.setVisible(comparison.is_empty)

        levels_box = QGroupBox(self.tr("Levels that changed"))
        lb = QVBoxLayout(levels_box)
        self.level_model = TextTableModel([self.tr("Theme"), self.tr("Before"), self.tr("Now")], self)
        level_rows = []
        for level_change in comparison.levels:
            if level_change.theme_id is None:
                name = self.tr("Overall level")
            else:
                theme = checklist.theme(level_change.theme_id)
                row = checklist.themes.index(theme) + 1 if theme else 0
                name = f"{row}. {theme.title.get(lang)}" if theme else level_change.theme_id
            old_level, new_level = level_change.old, level_change.new
            level_rows.append([Cell(name), Cell(level_word(old_level), level=old_level), Cell(level_word(new_level), level=new_level)])
        self.level_model.set_rows(level_rows, [c.theme_id for c in comparison.levels])
        self.level_table = text_table(self.level_model, self.tr("Levels that changed"), stretch=0, wrap=False)
        for column in (1, 2):
            self.level_table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.level_table.horizontalHeader().resizeSection(column, 190)
        self.level_table.setMaximumHeight(self._table_height(self.level_table, len(level_rows)))
        lb.addWidget(self.level_table)
        self.no_levels_label = QLabel(self.tr("The levels are the same, overall and in every theme."))
        lb.addWidget(self.no_levels_label)
        self.level_table.setVisible(bool(level_rows))
        self.no_levels_label.setVisible(not level_rows)
        layout.addWidget(levels_box)

        answers_box = QGroupBox(self.tr("Answers that changed"))
        ab = QVBoxLayout(answers_box)
        self.answer_model = TextTableModel([self.tr("Question"), self.tr("Before"), self.tr("Now"), self.tr("Note")], self)
        answer_rows = []
        for change in comparison.answers:
            question = checklist.question(change.question_id)
            if question is None:
                continue
            before = self._answer(question, change.old, lang)
            after = self._answer(question, change.new, lang)
            old_note, new_note = (change.old.note if change.old else ""), (change.new.note if change.new else "")
            if old_note == new_note:
                note = Cell("")
            else:
                detail = f"“{old_note or NOTHING}” → “{new_note or NOTHING}”"
                note = Cell(self.tr("changed"), detail)
            answer_rows.append([Cell(question_title(checklist, question, lang, 90), question.text.get(lang)), before, after, note])
        self.answer_model.set_rows(answer_rows, [c.question_id for c in comparison.answers if checklist.question(c.question_id)])
        self.answer_table = text_table(self.answer_model, self.tr("Answers that changed"), stretch=0)
        header = self.answer_table.horizontalHeader()
        for column, width in ((1, 190), (2, 190)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.answer_table.setToolTip(self.tr("Double-click or press Enter to go to the question"))
        self.answer_table.activated.connect(self._activated)
        ab.addWidget(self.answer_table)
        self.no_answers_label = QLabel(self.tr("The answers and notes are the same."))
        ab.addWidget(self.no_answers_label)
        self.answer_table.setVisible(bool(answer_rows))
        self.no_answers_label.setVisible(not answer_rows)
        layout.addWidget(answers_box, 1)
        if not answer_rows:
            layout.addStretch(1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        ask.set_default_button(self, None)  # Enter in the table goes to the question
        fit_to_screen(self, 940, 620)
        if answer_rows:
            self.answer_table.selectRow(0)
            self.answer_table.setFocus()
        else:
            self.buttons.setFocus()

    def _intro(self, old: Assessment, new: Assessment) -> str:
        def described(a: Assessment) -> str:
            parts = [state_word(a.state, a.revision)]
            if a.approved_by and a.approved_on:
                parts.append(self.tr("approved by %1 on %2").replace("%1", a.approved_by).replace("%2", date_text(a.approved_on)))
            elif a.updated is not None:
                parts.append(self.tr("last changed %1").replace("%1", when_text(a.updated)))
            return ", ".join(parts)

        p = new.partnership
        return (
            self.tr("%1 – %2: this assessment (%3) compared with the previous one (%4).")
            .replace("%1", p.dutch_party)
            .replace("%2", p.counterpart)
            .replace("%3", described(new))
            .replace("%4", described(old))
        )

    def _answer(self, question: Question, answer: Answer | None, lang: str) -> Cell:
        value = answer.value if answer else None
        if value is None:
            return Cell(self.tr("not answered"))
        text = answer_label(question, value, lang)
        return Cell(shorten(text, 60), text)

    @staticmethod
    def _table_height(table: QTableView, rows: int) -> int:
        row = table.verticalHeader().defaultSectionSize()
        return int(table.horizontalHeader().sizeHint().height() + row * max(rows, 1) + 2 * table.frameWidth() + 2)

    def _activated(self, index: QModelIndex) -> None:
        question_id = self.answer_model.key(index.row())
        if question_id:
            self.question_requested.emit(question_id)
