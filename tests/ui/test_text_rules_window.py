"""The tie dialog leaves a control character or a text direction override out where it is typed
(a pasted escape sequence, a right-to-left override) and says which character in the reader's
language (ui/text_guard.py); its last check names the field and the character. A tie changed
elsewhere is not overwritten."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from partnercheck.ui.i18n import install_translators, remove_translators


@pytest.fixture
def dutch(qapp, ui_lang):  # type: ignore[no-untyped-def]
    translators = install_translators(qapp, "nl")
    yield
    remove_translators(qapp, translators)


def test_the_tie_dialog_leaves_control_characters_out_and_says_so(qtbot, dutch, make_window, store, new_assessment):  # type: ignore[no-untyped-def]
    store.create(new_assessment)
    window = make_window(lang="nl")
    tie = window.ties.open_tie(1)
    tie.tabs.setCurrentIndex(3)
    tie.details.notes_edit.setPlainText("eerste regel\n\x1b[2Jtweede")
    assert tie.details.notes_edit.toPlainText() == "eerste regel\n[2Jtweede"
    assert tie.details.guards[2].message_line.text().startswith("Weggelaten (besturingsteken U+001B)")
    qtbot.mouseClick(tie.details.save_button, Qt.MouseButton.LeftButton)
    assert tie.details.error_label.isHidden()
    assert store.get_tie(1).notes == "eerste regel\n[2Jtweede"

    tie.text_edit.setText("Bezoek \u202eadreB")
    assert "U+202E" in tie.event_guards[0].message_line.text()
    tie.record()
    assert [e.text for e in store.events(1)] == ["Bezoek adreB"]


def test_the_refusal_names_the_field_and_the_character_in_dutch(dutch):  # type: ignore[no-untyped-def]
    """What the forms say if such a character reaches them after all (their last check)."""
    from partnercheck.ui.text_rules import first_problem

    message = first_problem([("Contactpersonen", "M. de Boer", True), ("Notities", "eerste regel\n\x1b[2Jtweede", True)])
    assert message is not None and message.startswith("Notities bevat een teken dat niet kan worden opgeslagen: U+001B"), message


def _change_elsewhere(db_path, notes):  # type: ignore[no-untyped-def]
    import dataclasses

    from partnercheck.workspace import open_store

    other = open_store(db_path)
    try:
        other.update_tie(dataclasses.replace(other.get_tie(1), notes=notes))
    finally:
        other.close()


@pytest.mark.parametrize("reload", [False, True])
def test_a_tie_changed_elsewhere_is_not_overwritten_and_what_was_typed_stays(qtbot, make_window, store, new_assessment, db_path, monkeypatch, reload):  # type: ignore[no-untyped-def]
    from partnercheck.ui import ask

    store.create(new_assessment)
    window = make_window(lang="nl")
    tie = window.ties.open_tie(1)
    asked: list[str] = []

    def choose(parent, title, text, first, second):  # type: ignore[no-untyped-def]
        asked.append(text)
        return 1 if reload else 0

    monkeypatch.setattr(ask, "choose", choose)
    _change_elsewhere(db_path, "van collega")
    tie.details.contacts_edit.setPlainText("M. de Boer")
    qtbot.mouseClick(tie.details.save_button, Qt.MouseButton.LeftButton)
    assert asked and "changed in another window or program in the meantime" in asked[0]
    assert (store.get_tie(1).contacts, store.get_tie(1).notes) == ("", "van collega")
    if reload:
        assert tie.details.contacts_edit.toPlainText() == "" and tie.details.notes_edit.toPlainText() == "van collega"
        return
    assert tie.details.contacts_edit.toPlainText() == "M. de Boer"  # kept as typed
    assert tie.details.notes_edit.toPlainText() == "van collega"  # not typed in: the saved text
    assert "Save again to store your change" in tie.details.error_label.text() and not tie.details.error_label.isHidden()
    qtbot.mouseClick(tie.details.save_button, Qt.MouseButton.LeftButton)  # now knowingly
    assert (store.get_tie(1).contacts, store.get_tie(1).notes) == ("M. de Boer", "van collega")  # the colleague's change stays
