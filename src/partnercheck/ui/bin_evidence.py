"""The evidence files in the bin, listed in File › Bin under the assessments: a file removed
from an answer is otherwise only to be found by opening that answer again; a file removed
from a tie (its Evidence tab) is listed with its tie. Like the bin dialog, this part only
shows and asks; the window restores (assessment_actions)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from ..domain.evidence import BinnedEvidence, BinnedTieEvidence
from ..services.evidence import human_size
from .dates import local_time_text
from .text_table import Cell, TextTableModel, text_table


class BinnedFilesBox(QGroupBox):
    restore_requested = Signal(int)  # evidence id (of an answer)
    tie_restore_requested = Signal(int)  # tie evidence id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Evidence files in the bin"))
        layout = QVBoxLayout(self)
        self.model = TextTableModel(
            [self.tr("Assessment or tie"), self.tr("Question"), self.tr("File"), self.tr("Size"), self.tr("Removed")],
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
        self.restore_button.setToolTip(self.tr("Attach the selected file to its answer or its tie again"))
        self.restore_button.clicked.connect(self.restore_selected)
        row.addWidget(self.restore_button)
        layout.addLayout(row)
        self.table.selectionModel().selectionChanged.connect(self._update_button)
        self.set_files([], {})

    def set_files(self, files: Sequence[BinnedEvidence], numbers: Mapping[tuple[int, str], str], tie_files: Sequence[BinnedTieEvidence] = ()) -> None:
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
        keys: list[tuple[str, int | None]] = [("answer", f.item.id) for f in files]
        tie_word = self.tr("Tie %1: %2")
        for t in tie_files:
            rows.append(
                [
                    Cell(tie_word.replace("%1", str(t.tie_id)).replace("%2", f"{t.dutch_party} – {t.counterpart}")),
                    Cell("—", tooltip=self.tr("attached to the tie as a whole")),
                    Cell(t.item.name, tooltip=f"SHA-256 {t.item.sha256}"),
                    Cell(human_size(t.item.size)),
                    Cell(local_time_text(t.removed)),
                ]
            )
            keys.append(("tie", t.item.id))
        self.model.set_rows(rows, keys)
        self.table.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)
        if rows:
            self.table.selectRow(0)
        self._update_button()

    def count(self) -> int:
        return self.model.rowCount()

    def selected_key(self) -> tuple[str, int] | None:
        """("answer" or "tie", the file's id) of the selected row."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.key(rows[0].row()) if rows else None

    def selected_id(self) -> int | None:
        key = self.selected_key()
        return key[1] if key is not None else None

    def restore_selected(self) -> None:
        key = self.selected_key()
        if key is not None:
            (self.tie_restore_requested if key[0] == "tie" else self.restore_requested).emit(key[1])

    def _update_button(self) -> None:
        self.restore_button.setEnabled(self.selected_id() is not None)
