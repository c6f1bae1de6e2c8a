"""Below the answers: what the answer rests on (its basis, one key each) and the files
attached to it as evidence (attach by file dialog or drag and drop, open read-only with the
system's viewer through a temporary copy, remove into the bin).

The panel calls the session for the basis and services.evidence for files; it never holds
file content. Locked (final, in review, read-only database) it shows, and only opens.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.assessment import Basis
from ..domain.evidence import EvidenceTooLarge
from ..services import evidence
from ..store.errors import StoreError
from . import colours
from .messages import show_error
from .session import AssessmentSession

CONTEXT = "EvidencePanel"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def basis_choices() -> list[tuple[Basis, str, str]]:
    """(basis, label, its one key) in the language of the window."""
    return [
        (Basis.DOCUMENT, _tr("Document"), _tr("D")),
        (Basis.CONVERSATION, _tr("Conversation"), _tr("C")),
        (Basis.PUBLIC_SOURCE, _tr("Public source"), _tr("P")),
        (Basis.ASSUMPTION, _tr("Assumption"), _tr("A")),
    ]


def open_in_viewer(parent: QWidget, make_copy: Callable[[], Path]) -> Path | None:
    """Make the checked read-only copy of an attached file (services.evidence) and hand it to
    the system's viewer; a copy that cannot be made is said in a message. An answer's file and
    a tie's file open the same way."""
    try:
        copy = make_copy()
    except (OSError, StoreError) as exc:
        show_error(parent, exc)
        return None
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))
    return copy


class EvidencePanel(QWidget):
    def __init__(self, session: AssessmentSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.question_id: str | None = None
        self._binned: list[int] = []  # this answer's files in the bin, oldest first
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        # The label beside the choices (not above them), "not recorded" under it: at 1024x768
        # the basis and the evidence header must fit under the answers without scrolling.
        self.basis_row = basis_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._words = words = QVBoxLayout()
        self.basis_label = QLabel(_tr("This answer rests on:"))
        self.not_recorded = QLabel(_tr("Basis not recorded yet"))
        for label in (self.basis_label, self.not_recorded):
            label.setWordWrap(True)
            # On one line where there is room; wrapped only where the column is narrow (150 %).
            label.setMinimumWidth(min(label.fontMetrics().horizontalAdvance(label.text()) + 4, 150))
            words.addWidget(label)
        colours.follow_palette(self.not_recorded, lambda: self.not_recorded.setStyleSheet(colours.hint_style()))
        words.addStretch(1)
        basis_row.addLayout(words)
        # Two columns: four choices in one row would scroll sideways on a small screen at 150 %.
        self._grid = grid = QGridLayout()
        grid.setVerticalSpacing(2)
        self.basis_group = QButtonGroup(self)
        self.basis_buttons: dict[Basis, QRadioButton] = {}
        for n, (basis, label_text, key) in enumerate(basis_choices()):
            button = QRadioButton(f"{label_text} ({key})")
            button.setToolTip(_tr("Press %1 to record this basis").replace("%1", key))
            self.basis_group.addButton(button)
            self.basis_buttons[basis] = button
            grid.addWidget(button, n // 2, n % 2)
            # One key while the checklist is shown; a text field with the focus keeps its letters.
            QShortcut(QKeySequence(key), self, context=Qt.ShortcutContext.WindowShortcut).activated.connect(lambda b=basis: self.choose_basis(b))
            button.clicked.connect(lambda _=False, b=basis: self.choose_basis(b))
        grid.setColumnStretch(2, 1)
        basis_row.addLayout(grid, 1)
        layout.addLayout(basis_row)
        self.files = QListWidget()
        self.files.setAccessibleName(_tr("Evidence files"))
        self.files.setMaximumHeight(90)
        self.files.itemActivated.connect(lambda _item: self.open_selected())
        buttons = QHBoxLayout()
        # The header with its count, on the row of the buttons: in view under the answers.
        self.files_header = QLabel()
        buttons.addWidget(self.files_header)
        self.attach_button = QPushButton(_tr("Attach doc&ument…"))
        self.attach_button.setToolTip(_tr("Attach a document as evidence for this answer (or drop files here); at most 50 MB each"))
        # Small tool buttons beside the list; from the keyboard: Enter opens, Delete removes.
        self.open_button = QToolButton()
        self.open_button.setText(_tr("Open"))
        self.open_button.setToolTip(_tr("Open a read-only copy with the system's viewer (Enter)"))
        self.remove_button = QToolButton()
        self.remove_button.setText(_tr("Remove"))
        self.remove_button.setToolTip(_tr("Move the file to the bin (Delete); it can be restored until the bin is emptied"))
        QShortcut(QKeySequence.StandardKey.Delete, self.files, context=Qt.ShortcutContext.WidgetShortcut).activated.connect(self.remove_selected)
        self.restore_button = QToolButton()
        self.restore_button.setText(_tr("Restore removed file"))
        self.restore_button.setToolTip(_tr("Bring back the file last moved to the bin from this answer"))
        self.restore_button.clicked.connect(self.restore_last_removed)
        for tool in (self.attach_button, self.open_button, self.remove_button, self.restore_button):
            buttons.addWidget(tool)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.files)
        QWidget.setTabOrder(self.restore_button, self.files)  # the list is below its buttons
        self.attach_button.clicked.connect(self.attach_with_dialog)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.files.currentRowChanged.connect(lambda _row: self._update_buttons())

    def tab_chain(self) -> list[QWidget]:
        """The panel's controls in the order they are seen: the basis, the buttons, the list."""
        basis: list[QWidget] = list(self.basis_buttons.values())
        return [*basis, self.attach_button, self.open_button, self.remove_button, self.restore_button, self.files]

    # -- showing ----------------------------------------------------------------------------

    def fit_width(self, available: int) -> None:
        """The words beside the choices where ``available`` (the question column) has room for
        both, above them where it has not (150 %, the guidance shown): never sideways scrolling."""
        need = self._words.minimumSize().width() + self.basis_row.spacing() + self._grid.minimumSize().width()
        side_by_side = available >= need + 30  # the column's own margins
        direction = QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        if self.basis_row.direction() != direction:
            self.basis_row.setDirection(direction)

    def show_question(self, question_id: str) -> None:
        self.question_id = question_id
        answer = self.session.answer(question_id)
        answered = answer is not None and answer.value is not None
        locked = self.session.locked
        self.basis_group.setExclusive(False)
        for basis, button in self.basis_buttons.items():
            button.setChecked(answered and answer is not None and answer.basis is basis)
            button.setEnabled(answered and not locked)
        self.basis_group.setExclusive(True)
        self.not_recorded.setVisible(answered and answer is not None and answer.basis is Basis.NOT_RECORDED)
        self.files.clear()
        try:
            items = [e for e in self.session.store.list_evidence(self.session.id) if e.question_id == question_id]
        except StoreError:
            items = []
        for e in items:
            text = f"{e.name} · {evidence.human_size(e.size)} · {e.added:%d-%m-%Y %H:%M} · {e.added_by}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, e.id)
            item.setToolTip(f"SHA-256 {e.sha256}")
            self.files.addItem(item)
        self.files.setVisible(bool(items))
        count = _tr("Evidence files: %1").replace("%1", str(len(items))) if items else _tr("Evidence files: none")
        self.files_header.setText(count)
        self.files.setAccessibleName(count)
        try:
            binned = [e for e in self.session.store.list_evidence(self.session.id, in_bin=True) if e.question_id == question_id]
        except StoreError:
            binned = []
        self._binned = [e.id for e in binned if e.id is not None]
        self._update_buttons()

    def _update_buttons(self) -> None:
        locked = self.session.locked
        self.attach_button.setEnabled(not locked)
        selected = self.files.currentItem() is not None
        self.open_button.setEnabled(selected)
        self.remove_button.setEnabled(selected and not locked)
        # Without files there is nothing to open or remove: the header says "none".
        has_files = self.files.count() > 0
        self.open_button.setVisible(has_files)
        self.remove_button.setVisible(has_files)
        self.restore_button.setVisible(bool(self._binned) and not locked)

    # -- actions ----------------------------------------------------------------------------

    def choose_basis(self, basis: Basis) -> bool:
        if self.question_id is None or self.session.locked:
            return False
        ok = self.session.save_basis(self.question_id, basis)
        self.show_question(self.question_id)
        return ok

    def attach(self, paths: list[str]) -> int:
        """Attach files to the current answer; returns how many were stored."""
        if self.question_id is None or self.session.locked:
            return 0
        stored = 0
        for path in paths:
            try:
                evidence.attach_file(self.session.store, self.session.id, self.question_id, path)
                stored += 1
            except EvidenceTooLarge as exc:
                show_error(
                    self, OSError(_tr("%1 is larger than 50 MB; keep it in the document system and name it in the note.").replace("%1", exc.name))
                )
            except (OSError, StoreError) as exc:
                show_error(self, exc)
        if stored:
            self.session.saved.emit()
        self.show_question(self.question_id)
        return stored

    def attach_with_dialog(self) -> int:
        paths, _ = QFileDialog.getOpenFileNames(self, _tr("Attach evidence"))
        return self.attach(paths) if paths else 0

    def _selected_id(self) -> int | None:
        item = self.files.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def open_selected(self) -> Path | None:
        evidence_id = self._selected_id()
        if evidence_id is None:
            return None
        return open_in_viewer(self, lambda: evidence.open_copy(self.session.store, evidence_id))

    def remove_selected(self) -> bool:
        evidence_id = self._selected_id()
        if evidence_id is None or self.question_id is None:
            return False
        try:
            evidence.remove(self.session.store, evidence_id)
        except StoreError as exc:
            show_error(self, exc)
            return False
        self.show_question(self.question_id)
        return True

    def restore_last_removed(self) -> bool:
        if not self._binned or self.question_id is None:
            return False
        try:
            evidence.restore(self.session.store, self._binned[-1])
        except StoreError as exc:
            show_error(self, exc)
            return False
        self.show_question(self.question_id)
        return True

    # -- drag and drop ----------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and not self.session.locked:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.attach(paths)
            event.acceptProposedAction()
