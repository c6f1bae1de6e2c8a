"""Keyboard-safe dialogs: the button Enter presses, and a confirmation whose buttons name
what they do.

Enter in a dialog presses the button that names the dialog's action (or nothing): never
Cancel. ``set_default_button`` must run once the button box sits in the dialog (Qt forgets a
default set before that and makes the first button the default when the dialog is shown).
Tests replace ``confirm`` (call it as ``ask.confirm``) to answer without a window.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QWidget


def set_default_button(dialog: QDialog, button: QPushButton | None) -> None:
    """Make ``button`` the one Enter presses in ``dialog`` (a focused button still takes Enter
    itself, as everywhere). None: Enter presses no button at all, not even a focused one, so
    Qt cannot pick the first button (often Cancel or Close) as the default."""
    for other in dialog.findChildren(QPushButton):
        if other is not button:
            other.setDefault(False)
            if button is None:
                other.setAutoDefault(False)
    if button is not None:
        button.setAutoDefault(True)
        button.setDefault(True)


def confirm_box(parent: QWidget | None, title: str, text: str, action: str) -> tuple[QMessageBox, QPushButton]:
    """The box ``confirm`` shows, and its action button (the mnemonic test looks at it)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(go)
    box.setEscapeButton(cancel)
    return box, go


def confirm(parent: QWidget, title: str, text: str, action: str) -> bool:
    """Ask before a step; ``action`` (e.g. "Send for &review") names the button that takes it,
    and Enter presses it. Esc or Cancel: False."""
    box, go = confirm_box(parent, title, text, action)
    box.exec()
    return box.clickedButton() is go


def choice_box(parent: QWidget | None, title: str, text: str, first: str, second: str) -> tuple[QMessageBox, QPushButton]:
    """The box ``choose`` shows, and its second button."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    one = box.addButton(first, QMessageBox.ButtonRole.AcceptRole)
    other = box.addButton(second, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(one)
    box.setEscapeButton(one)
    return box, other


def choose(parent: QWidget | None, title: str, text: str, first: str, second: str) -> int:
    """A choice between two ways on: 0 for ``first`` (Enter, Esc or closing the box), 1 for
    ``second``. Tests replace it (call it as ``ask.choose``)."""
    box, other = choice_box(parent, title, text, first, second)
    box.exec()
    return 1 if box.clickedButton() is other else 0


def pick_box(parent: QWidget | None, title: str, text: str, actions: Sequence[str]) -> tuple[QMessageBox, list[QPushButton]]:
    """The box ``pick`` shows, and its action buttons in order."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    buttons = [box.addButton(action, QMessageBox.ButtonRole.AcceptRole) for action in actions]
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(buttons[0])
    box.setEscapeButton(cancel)
    return box, buttons


def pick(parent: QWidget, title: str, text: str, actions: Sequence[str]) -> int | None:
    """One of several steps, each a button naming it (Enter: the first, so put the safest
    first); the index of the one taken, None for Cancel or Esc. Tests replace it (call it as
    ``ask.pick``)."""
    box, buttons = pick_box(parent, title, text, actions)
    box.exec()
    clicked = box.clickedButton()
    return next((i for i, b in enumerate(buttons) if b is clicked), None)


def alt_key(text: str) -> str:
    """ "Alt+N" for "&Next question ›" (the letter after a single &); "" when there is none."""
    i = 0
    while (i := text.find("&", i)) >= 0 and i + 1 < len(text):
        if text[i + 1] != "&":
            return "Alt+" + text[i + 1].upper()
        i += 2
    return ""
