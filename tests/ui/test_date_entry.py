"""Dates in the window: typed and shown day first in the UI language, never ISO, never dropped
without a word (issue: the due-date field showed yyyy-MM-dd and silently refused 30-11-2026)."""

from __future__ import annotations

import datetime as _dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from partnercheck.domain.assessment import Action, ActionStatus
from partnercheck.ui.action_dialog import ActionDialog
from partnercheck.ui.i18n import install_translators, remove_translators

DAY = _dt.date(2026, 11, 30)


@pytest.fixture(params=["nl", "en"])
def lang(request, qapp):  # type: ignore[no-untyped-def]
    translators = install_translators(qapp, request.param)
    yield request.param
    remove_translators(qapp, translators)


@pytest.fixture
def open_dialog(qtbot, activate):  # type: ignore[no-untyped-def]
    def open_(action: Action | None = None) -> ActionDialog:
        dialog = ActionDialog(action, text="Bel de ambassade")
        qtbot.addWidget(dialog)
        dialog.show()
        activate(qtbot, dialog)  # leaving the field by Tab needs an active window
        dialog.due_check.setChecked(True)
        return dialog

    return open_


def _type(qtbot, dialog: ActionDialog, text: str) -> None:  # type: ignore[no-untyped-def]
    line = dialog.due_edit.line
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Tab)  # leaving the field tidies what was typed
    assert not line.hasFocus()


def _ok(dialog: ActionDialog) -> bool:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_the_due_date_is_typed_and_shown_in_the_order_of_the_language(qtbot, lang, open_dialog):  # type: ignore[no-untyped-def]
    dialog = open_dialog()
    assert dialog.due_edit.line.placeholderText() == {"nl": "dd-mm-jjjj", "en": "dd/mm/yyyy"}[lang]
    _type(qtbot, dialog, {"nl": "30-11-2026", "en": "30/11/2026"}[lang])
    assert dialog.action().due == DAY
    assert _ok(dialog) and dialog.due_edit.message.isHidden()
    # Single digits are read and then written out as the window writes dates.
    _type(qtbot, dialog, {"nl": "1-3-2027", "en": "1/3/2027"}[lang])
    assert dialog.due_edit.line.text() == {"nl": "01-03-2027", "en": "01/03/2027"}[lang]
    assert dialog.action().due == _dt.date(2027, 3, 1)
    # In words or as ISO as well: a pasted date is not lost.
    _type(qtbot, dialog, "30 november 2026")
    assert dialog.action().due == DAY


def test_an_existing_due_date_is_shown_day_first(qtbot, lang, open_dialog):  # type: ignore[no-untyped-def]
    dialog = open_dialog(Action("Bel de ambassade", "Piet", DAY, ActionStatus.OPEN))
    assert dialog.due_edit.line.text() == {"nl": "30-11-2026", "en": "30/11/2026"}[lang]
    assert dialog.action().due == DAY


def test_a_date_that_cannot_be_read_is_said_and_holds_ok(qtbot, lang, open_dialog):  # type: ignore[no-untyped-def]
    dialog = open_dialog()
    _type(qtbot, dialog, "31-02-2027")
    assert not _ok(dialog)
    assert dialog.due_edit.message.isVisible()
    message = dialog.due_edit.message.text()
    assert message == {"nl": "Geen geldige datum. Typ eerst de dag, als dd-mm-jjjj.", "en": "Not a date. Type the day first, as dd/mm/yyyy."}[lang]
    assert dialog.due_edit.line.text() == "31-02-2027"  # what was typed stays to be corrected
    # Without a due date the text in the field does not matter.
    dialog.due_check.setChecked(False)
    assert _ok(dialog) and dialog.action().due is None
    dialog.due_check.setChecked(True)
    assert not _ok(dialog)
    _type(qtbot, dialog, "28-02-2027")
    assert _ok(dialog) and dialog.due_edit.message.isHidden()
    assert dialog.action().due == _dt.date(2027, 2, 28)


def test_the_calendar_sets_the_date_in_the_field(qtbot, lang, open_dialog):  # type: ignore[no-untyped-def]
    dialog = open_dialog()
    dialog.due_edit.calendar.clicked.emit(QDate(2027, 4, 5))
    assert dialog.action().due == _dt.date(2027, 4, 5)
    assert dialog.due_edit.line.text() == {"nl": "05-04-2027", "en": "05/04/2027"}[lang]
