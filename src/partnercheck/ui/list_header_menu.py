"""The assessment list's context menu: "Reset column widths".

A width the user dragged is kept, also in later sessions (ui/list_columns.py); this is the
way back to widths that fit the window. There is no View menu: the item is in the context
menu of the column titles and of the list itself, so the Menu key or Shift+F10 on the list
reaches it as well as a right click.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTableView

from .list_columns import ColumnFitter


def add_reset_menu(table: QTableView, columns: ColumnFitter) -> QAction:
    action = QAction(QCoreApplication.translate("AssessmentList", "&Reset column widths"), table)
    action.setToolTip(QCoreApplication.translate("AssessmentList", "Forget the widths you set: every column fits the window again"))
    action.triggered.connect(columns.reset)
    for widget in (table, table.horizontalHeader()):
        widget.addAction(action)
        widget.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    return action
