"""The bin: deleted assessments, which can be restored until the bin is emptied.

The dialog only shows and asks; the main window does the restoring and emptying (and
refreshes this dialog), so no view talks to the database.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from ..domain.assessment import AssessmentSummary
from ..domain.evidence import BinnedEvidence, BinnedTieEvidence
from ..domain.levels import Verdict
from . import ask
from .bin_evidence import BinnedFilesBox
from .dates import local_time_text
from .labels import state_word, verdict_word
from .text_table import Cell, TextTableModel, fit_to_screen, text_table


class BinDialog(QDialog):
    restore_requested = Signal(int)  # assessment id
    empty_requested = Signal()
    periods_requested = Signal()
    destruction_list_requested = Signal()
    file_restore_requested = Signal(int)  # evidence id
    tie_file_restore_requested = Signal(int)  # tie evidence id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bin"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Deleted assessments stay here until the bin is emptied. Restore one to put it back in the list."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = TextTableModel(
            [
                self.tr("Dutch party"),
                self.tr("Counterpart"),
                self.tr("Stage"),
                self.tr("Overall level"),
                self.tr("Last change"),
                self.tr("When emptied"),
            ],
            self,
        )
        self.table = text_table(self.model, self.tr("Deleted assessments"), stretch=5, wrap=False)
        for column, width in ((0, 190), (1, 170), (2, 130), (3, 120), (4, 140)):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.horizontalHeader().resizeSection(column, width)
        self.table.activated.connect(lambda _index: self.restore_selected())
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(self.tr("The bin is empty."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty_label, 1)
        # Evidence files removed from answers (bin_evidence.py): restorable here too.
        self.files = BinnedFilesBox()
        self.files.restore_requested.connect(self.file_restore_requested)
        self.files.tie_restore_requested.connect(self.tie_file_restore_requested)
        layout.addWidget(self.files, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setToolTip(self.tr("Put the selected assessment back in the list"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button = QPushButton(self.tr("&Empty bin…"))
        self.empty_button.setToolTip(
            self.tr("Destroy the drafts, the records whose retention period has ended and the evidence files that may go (asks first)")
        )
        self.empty_button.clicked.connect(self.empty_requested)
        self.periods_button = QPushButton(self.tr("Retention &periods…"))
        self.periods_button.setToolTip(self.tr("How long records are kept, from your selection list"))
        self.periods_button.clicked.connect(self.periods_requested)
        self.list_button = QPushButton(self.tr("&Destruction list…"))
        self.list_button.setToolTip(self.tr("Save the list of destroyed records for the archivist (PDF or CSV)"))
        self.list_button.clicked.connect(self.destruction_list_requested)
        self.buttons.addButton(self.periods_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.addButton(self.list_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        ask.set_default_button(self, None)  # Enter in the table restores; it never also closes
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        fit_to_screen(self, 1000, 600)
        self.set_summaries([])

    def set_summaries(self, summaries: Sequence[AssessmentSummary], fates: Mapping[int, str] | None = None) -> None:
        """``fates``: what emptying the bin would do to each (the retention rules), by id."""
        rows = []
        for s in summaries:
            verdict = Verdict(s.verdict)
            level = Cell(verdict_word(verdict), level=verdict.level)
            rows.append(
                [
                    Cell(s.dutch_party),
                    Cell(s.counterpart),
                    Cell(state_word(s.state, s.revision)),
                    level,
                    Cell(local_time_text(s.updated)),
                    Cell((fates or {}).get(s.id, "")),
                ]
            )
        self.model.set_rows(rows, [s.id for s in summaries])
        has_rows = bool(rows)
        self.table.setVisible(has_rows)
        self.empty_label.setVisible(not has_rows)
        if has_rows:
            self.table.selectRow(0)
            self.table.setFocus()
        else:
            self.buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()
        self._update_buttons()

    def set_binned_files(
        self, files: Sequence[BinnedEvidence], numbers: Mapping[tuple[int, str], str], tie_files: Sequence[BinnedTieEvidence] = ()
    ) -> None:
        self.files.set_files(files, numbers, tie_files)
        # "The bin is empty" would be untrue with files in it.
        self.empty_label.setText(self.tr("No assessments in the bin.") if self.files.count() else self.tr("The bin is empty."))
        self._update_buttons()

    def count(self) -> int:
        return self.model.rowCount()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.key(rows[0].row()) if rows else None

    def select_id(self, assessment_id: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.key(row) == assessment_id:
                self.table.selectRow(row)

    def restore_selected(self) -> None:
        assessment_id = self.selected_id()
        if assessment_id is not None:
            self.restore_requested.emit(assessment_id)

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected_id() is not None)
        # Evidence files alone are reason enough to empty it (the retention rules say which go).
        self.empty_button.setEnabled(self.model.rowCount() > 0 or self.files.count() > 0)
