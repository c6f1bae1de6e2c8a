"""The tie dialog's Evidence tab: the files attached to the tie as a whole (the agreement
itself, a council decision), as the answer's evidence panel shows an answer's: name, size,
when added and by whom. Add by file dialog or drag and drop, open read-only through a
temporary copy checked against its hash, move to the bin (File › Bin restores).

Like the evidence panel, the tab calls services.evidence and never holds file content.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..domain.evidence import EvidenceTooLarge
from ..services import evidence
from ..store.errors import StoreError
from .dates import local_time_text
from .evidence_panel import open_in_viewer
from .messages import show_error
from .text_table import Cell, TextTableModel, text_table

if TYPE_CHECKING:
    from ..store import AssessmentStore


class TieEvidenceTab(QWidget):
    changed = Signal(str)  # a line for the status bar, after a file was added or moved to the bin

    def __init__(self, store: AssessmentStore, tie_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.tie_id = tie_id
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        layout.addWidget(self.count_label)
        self.model = TextTableModel([self.tr("File"), self.tr("Size"), self.tr("Added"), self.tr("Added by")], self)
        self.table = text_table(self.model, self.tr("Evidence files of this tie"), stretch=0, wrap=False)
        self.table.activated.connect(lambda _index: self.open_selected())
        QShortcut(QKeySequence.StandardKey.Delete, self.table, context=Qt.ShortcutContext.WidgetShortcut).activated.connect(self.remove_selected)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.setToolTip(self.tr("Attach a file to the tie as a whole (or drop files here); at most 50 MB each"))
        self.add_button.clicked.connect(self.add_with_dialog)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setToolTip(self.tr("Open a read-only copy with the system's viewer (Enter)"))
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button = QPushButton(self.tr("Move to &bin"))
        self.remove_button.setToolTip(self.tr("Move the file to the bin (Delete); File › Bin restores it until the bin is emptied"))
        self.remove_button.clicked.connect(self.remove_selected)
        for button in (self.add_button, self.open_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    # -- showing ----------------------------------------------------------------------------

    def refresh(self) -> None:
        keep = self.selected_id()
        try:
            items = self.store.tie_evidence(self.tie_id)
        except StoreError as exc:
            show_error(self, exc)
            items = []
        self.model.set_rows(
            [
                [
                    Cell(i.name, tooltip=f"{i.name}\nSHA-256 {i.sha256}"),
                    evidence.human_size(i.size),
                    local_time_text(i.added),
                    i.added_by,
                ]
                for i in items
            ],
            [i.id for i in items],
        )
        if items:
            self.count_label.setText(self.tr("%n file(s) attached to this tie.", "", len(items)))
            ids = [i.id for i in items]
            self.table.selectRow(ids.index(keep) if keep in ids else len(items) - 1)
        else:
            self.count_label.setText(self.tr("No files attached to this tie yet: add the agreement or a council decision here."))
        self._update_buttons()

    def count(self) -> int:
        return self.model.rowCount()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.key(rows[0].row()) if rows else None

    @property
    def writable(self) -> bool:
        """False on a read-only database: the files can be opened, not added or moved."""
        return self.store.read_only is None

    def _update_buttons(self) -> None:
        selected = self.selected_id() is not None
        self.add_button.setEnabled(self.writable)
        self.open_button.setEnabled(selected)
        self.remove_button.setEnabled(selected and self.writable)

    # -- actions ----------------------------------------------------------------------------

    def add(self, paths: list[str]) -> int:
        """Attach files to the tie; returns how many were stored."""
        if not self.writable:
            return 0
        stored = 0
        for path in paths:
            try:
                evidence.attach_file_to_tie(self.store, self.tie_id, path)
                stored += 1
            except EvidenceTooLarge as exc:
                text = self.tr("%1 is larger than 50 MB; keep it in the document system and name it in the tie's notes.")
                show_error(self, OSError(text.replace("%1", exc.name)))
            except (OSError, StoreError) as exc:
                show_error(self, exc)
        self.refresh()
        if stored:
            self.changed.emit(self.tr("%n file(s) attached to the tie.", "", stored))
        return stored

    def add_with_dialog(self) -> int:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach a file to the tie"))
        return self.add(paths) if paths else 0

    def open_selected(self) -> Path | None:
        evidence_id = self.selected_id()
        if evidence_id is None:
            return None
        return open_in_viewer(self, lambda: evidence.open_tie_copy(self.store, evidence_id))

    def remove_selected(self) -> bool:
        evidence_id = self.selected_id()
        if evidence_id is None or not self.writable:
            return False
        try:
            evidence.remove_from_tie(self.store, evidence_id)
        except StoreError as exc:
            show_error(self, exc)
            return False
        self.refresh()
        self.changed.emit(self.tr("File moved to the bin; File › Bin restores it."))
        return True

    def event(self, event: QEvent) -> bool:
        # Coming back to the dialog: File › Bin may have restored a file of this tie meanwhile.
        if event.type() == QEvent.Type.WindowActivate:
            self.refresh()
        return super().event(event)

    # -- drag and drop ----------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.writable:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.add(paths)
            event.acceptProposedAction()
