"""Every choice and field of the tie dialog and the partnership-details dialogs shows its whole
text in Dutch at 1024x768 and 150 % (683x480 logical pixels): the event kind's longest words
("Contact door ambassade of consulaat") were cut to "Overeenkomst getekend of gewijzi"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QDialog, QLineEdit, QStyle, QStyleOptionComboBox, QWidget

from partnercheck.ui.i18n import install_translators, remove_translators


@pytest.fixture
def dutch(qapp, ui_lang):  # type: ignore[no-untyped-def]
    translators = install_translators(qapp, "nl")
    yield
    remove_translators(qapp, translators)


def _cut(dialog: QWidget) -> list[str]:
    """The texts a visible combo box, spin box or field of ``dialog`` does not show whole."""
    cut = []
    for combo in dialog.findChildren(QComboBox):
        if not combo.isVisibleTo(dialog):
            continue
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        room = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo).width()
        cut += [combo.itemText(i) for i in range(combo.count()) if combo.fontMetrics().horizontalAdvance(combo.itemText(i)) > room]
    for spin in dialog.findChildren(QAbstractSpinBox):
        if spin.isVisibleTo(dialog):
            edit = spin.findChild(QLineEdit)
            if spin.fontMetrics().horizontalAdvance(spin.text()) > edit.width() - 4:
                cut.append(spin.text())
    for edit in dialog.findChildren(QLineEdit):
        if edit.isVisibleTo(dialog) and not isinstance(edit.parent(), (QAbstractSpinBox, QComboBox)):
            text = edit.text() or edit.placeholderText()
            if edit.fontMetrics().horizontalAdvance(text) > edit.contentsRect().width() - 4:
                cut.append(text)
    return cut


def _next_by_tab(widget: QWidget) -> QWidget:
    following = widget.nextInFocusChain()
    while not following.focusPolicy() & Qt.FocusPolicy.TabFocus:
        following = following.nextInFocusChain()
    return following


def _at_150_percent(qtbot, qapp, dialog: QDialog) -> None:  # type: ignore[no-untyped-def]
    dialog.resize(min(dialog.width(), 663), min(dialog.height(), 452))  # as fit_to_screen leaves a dialog there
    dialog.show()
    qtbot.waitExposed(dialog)
    qapp.processEvents()
    assert dialog.width() <= 683


def test_the_tie_dialog_shows_every_kind_of_event_whole_in_dutch(qtbot, qapp, dutch, make_window, store, new_assessment):  # type: ignore[no-untyped-def]
    store.create(new_assessment)
    window = make_window(lang="nl")
    dialog = window.ties.open_tie(1)
    _at_150_percent(qtbot, qapp, dialog)
    assert "Contact door ambassade of consulaat" in [dialog.kind_combo.itemText(i) for i in range(dialog.kind_combo.count())]
    assert _cut(dialog) == []
    dialog.tabs.setCurrentIndex(3)  # the tie's details
    qapp.processEvents()
    assert _cut(dialog.tabs.currentWidget()) == []
    # Still in reading order for the keyboard: the kind, then the date, then the description.
    assert _next_by_tab(dialog.kind_combo) is dialog.date_edit
    dialog.close()


@pytest.mark.parametrize("editing", [False, True])
def test_the_partnership_dialog_shows_every_choice_whole_in_dutch(qtbot, qapp, dutch, make_window, store, new_assessment, editing):  # type: ignore[no-untyped-def]
    store.create(new_assessment)
    window = make_window(lang="nl")
    dialog = window.assessments.edit_details() if editing else window.assessments.new_assessment()
    if editing:
        assert dialog is None  # no assessment open: open one
        window.open_assessment(1)
        dialog = window.assessments.edit_details()
    _at_150_percent(qtbot, qapp, dialog)
    assert _cut(dialog) == []
    dialog.reject()
