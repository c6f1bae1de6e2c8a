"""The action plan: a table of actions with owner, due date and status; add, edit, delete."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.advice import measure_text
from ..domain.assessment import Action
from ..domain.checklist import Recommendation
from .action_dialog import ActionDialog
from .result_models import ActionTableModel
from .session import AssessmentSession


class ActionPlanPage(QWidget):
    def __init__(self, session: AssessmentSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.dialog: ActionDialog | None = None
        self._read_only = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        intro = QLabel(
            self.tr("The measures you will take, with who is responsible and by when. Add them here or from a recommended measure on the Result tab.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.model = ActionTableModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Action plan"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.setTabKeyNavigation(False)  # Tab leaves the table (arrows move within it)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(ActionTableModel.TEXT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((ActionTableModel.OWNER, 200), (ActionTableModel.DUE, 110), (ActionTableModel.STATUS, 120)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.view.activated.connect(lambda _index: self.edit_selected())
        layout.addWidget(self.view, 1)
        self.empty_label = QLabel(self.tr("No actions yet."))
        layout.addWidget(self.empty_label)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add act&ion…"))
        self.add_button.clicked.connect(self.add_action)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("De&lete"))
        self.delete_button.clicked.connect(self.delete_selected)
        for b in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view, context=Qt.ShortcutContext.WidgetShortcut).activated.connect(
            self.delete_selected
        )

        session.actions_changed.connect(self.refresh)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    def refresh(self) -> None:
        selected = self.selected_action()
        self.model.set_actions(self.session.assessment.actions)
        has_rows = self.model.rowCount() > 0
        self.empty_label.setVisible(not has_rows)
        if selected is not None and selected.id is not None:
            row = self.model.row_of(selected.id)
            if row is not None:
                self.view.selectRow(row)
        self._update_buttons()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.view.selectionModel().hasSelection() and not self._read_only
        self.add_button.setEnabled(not self._read_only)
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def selected_action(self) -> Action | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.action(rows[0].row()) if rows else None

    # -- commands ---------------------------------------------------------------------------

    def _open(self, dialog: ActionDialog, seen: Action | None = None) -> ActionDialog:
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._accepted(dialog, seen))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def add_action(self) -> ActionDialog:
        return self._open(ActionDialog(parent=self))

    def add_from_recommendation(self, recommendation: Recommendation) -> ActionDialog:
        text = measure_text(recommendation, self.session.assessment.partnership, self.session.lang)
        return self._open(ActionDialog(text=text, recommendation_id=recommendation.id, parent=self))

    def edit_selected(self) -> ActionDialog | None:
        action = self.selected_action()
        if action is None or self._read_only:
            return None
        return self._open(ActionDialog(action, parent=self), seen=action)  # changed elsewhere meanwhile: reported

    def _accepted(self, dialog: ActionDialog, seen: Action | None = None) -> None:
        action = dialog.action()
        if action.id is None:
            if self.session.add_action(action) and self.session.assessment.actions:
                self.view.selectRow(self.model.rowCount() - 1)
        else:
            self.session.update_action(action, expected=seen)
        self.dialog = None

    def delete_selected(self) -> None:
        action = self.selected_action()
        if action is None or action.id is None or self._read_only:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete action"),
            self.tr("Delete this action from the plan?\n\n%1").replace("%1", action.text),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.session.delete_action(action.id)
