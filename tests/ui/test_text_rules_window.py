"""The window refuses a control character or a text direction override where it is typed (a
pasted escape sequence, a right-to-left override), says which field and character in the
reader's language, keeps what was typed, and writes nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from partnercheck.ui.i18n import install_translators, remove_translators


@pytest.fixture
def dutch(qapp, ui_lang):  # type: ignore[no-untyped-def]
    translators = install_translators(qapp, "nl")
    yield
    remove_translators(qapp, translators)


def test_the_tie_dialog_refuses_control_characters_and_keeps_the_input(qtbot, dutch, make_window, store, new_assessment):  # type: ignore[no-untyped-def]
    store.create(new_assessment)
    window = make_window(lang="nl")
    tie = window.ties.open_tie(1)
    tie.tabs.setCurrentIndex(3)
    tie.details.notes_edit.setPlainText("eerste regel\n\x1b[2Jtweede")
    qtbot.mouseClick(tie.details.save_button, Qt.MouseButton.LeftButton)
    message = tie.details.error_label.text()
    assert not tie.details.error_label.isHidden()
    assert message.startswith("Notities bevat een teken dat niet kan worden opgeslagen: U+001B"), message
    assert tie.details.notes_edit.toPlainText() == "eerste regel\n\x1b[2Jtweede"
    assert store.get_tie(1).notes == ""

    tie.text_edit.setText("Bezoek \u202eadreB")
    tie.record()
    assert "U+202E" in tie.error_label.text() and not tie.error_label.isHidden()
    assert store.events(1) == []
