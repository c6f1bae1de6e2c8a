"""The evidence files in the bin, listed in File › Bin under the assessments: a file removed
from an answer is otherwise only to be found by opening that answer again. Like the bin
dialog, this part only shows and asks; the window restores (assessment_actions)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from ..domain.evidence import BinnedEvidence
from ..services.evidence import human_size
from .dates import local_time_text
from .text_table import Cell, TextTableModel, text_table


class BinnedFilesBox(QGroupBox):
    restore_requested = Signal(int)  # evidence id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Evidence files in the bin"))
        layout = QVBoxLayout(self)
        self.model = TextTableModel(
            [self.tr("Assessment"), self.tr("Question"), self.tr("File"), self.tr("Size"), self.tr("Removed")],
            self,
        )
        self.table = text_table(self.model, self.tr("Evidence files in the bin"), stretch=2, wrap=False)
        for column, width in ((0, 240), (1, 80), (3, 80), (4, 140)):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.horizontalHeader().resizeSection(column, width)
        self.table.activated.connect(lambda _index: self.restore_selected())
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(self.tr("No evidence files in the bin."))
        layout.addWidget(self.empty_label)
        row = QHBoxLayout()
        row.addStretch(1)
        self.restore_button = QPushButton(self.tr("Restore &file"))
        self.restore_button.setToolTip(self.tr("Attach the selected file to its answer again"))
        self.restore_button.clicked.connect(self.restore_selected)
        row.addWidget(self.restore_button)
        layout.addLayout(row)
        self.table.selectionModel().selectionChanged.connect(self._update_button)
        self.set_files([], {})

    def set_files(self, files: Sequence[BinnedEvidence], numbers: Mapping[tuple[int, str], str]) -> None:
        """``numbers``: the question's number (e.g. 3.2) by (assessment id, question id)."""
        rows = [
            [
                Cell(f"{f.dutch_party} – {f.counterpart}"),
                Cell(numbers.get((f.assessment_id, f.item.question_id), f.item.question_id), tooltip=f.item.question_id),
                Cell(f.item.name, tooltip=f"SHA-256 {f.item.sha256}"),
                Cell(human_size(f.item.size)),
                Cell(local_time_text(f.removed)),
            ]
            for f in files
        ]
        self.model.set_rows(rows, [f.item.id for f in files])
        self.table.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)
        if rows:
            self.table.selectRow(0)
        self._update_button()

    def count(self) -> int:
        return self.model.rowCount()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.key(rows[0].row()) if rows else None

    def restore_selected(self) -> None:
        evidence_id = self.selected_id()
        if evidence_id is not None:
            self.restore_requested.emit(evidence_id)

    def _update_button(self) -> None:
        self.restore_button.setEnabled(self.selected_id() is not None)
