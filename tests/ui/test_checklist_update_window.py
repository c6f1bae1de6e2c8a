"""A town hall receives a new checklist as a file: File › Install a checklist… in the window,
then Assessment › Upgrade to the newest checklist… makes a new revision on it."""

from __future__ import annotations

from partnercheck.domain.assessment import Answer
from partnercheck.resources import checklist_dir

NEWEST = "2026.5"  # the newest shipped version
NEW = checklist_dir() / f"china-partnerships-{NEWEST}.toml"


def received(tmp_path, version="2027.1", edit=None):  # type: ignore[no-untyped-def]
    text = NEW.read_text(encoding="utf-8").replace(f'version = "{NEWEST}"', f'version = "{version}"', 1)
    path = tmp_path / "from-the-vng.toml"
    path.write_text(edit(text) if edit else text, encoding="utf-8")
    return path


def test_install_then_upgrade_the_open_assessment(qtbot, window, store, new_assessment, library, dialogs, tmp_path):  # type: ignore[no-untyped-def]
    first = library.active.questions[0]
    old_id = store.create(new_assessment)
    store.save_answer(old_id, first.id, Answer(first.options[0].value, "kept"))
    window.reload_list()
    page = window.open_assessment(old_id)
    assert page is not None
    window.menus.update()
    assert not window.menus.upgrade_action.isEnabled(), "nothing newer yet"

    dialogs.open_path = str(received(tmp_path))
    assert window.files.install_checklist() == "2027.1"
    assert dialogs.last()[1] == "Checklist installed" and "2027.1" in dialogs.last()[2]
    window.menus.update()
    assert window.menus.upgrade_action.isEnabled()

    new_id = window.signoff.upgrade_checklist()
    assert new_id is not None and new_id != old_id
    assert window.session is not None and window.session.id == new_id
    assert window.session.assessment.checklist_version == "2027.1"
    assert window.session.assessment.answers[first.id] == Answer(first.options[0].value, "kept")
    assert dialogs.last()[1] == "Upgraded to checklist 2027.1" and "1 answers carried over" in dialogs.last()[2]
    assert store.get(old_id).checklist_version == NEWEST, "the old revision stays as it was"


def test_a_broken_checklist_file_is_refused_with_the_field_named(qtbot, window, dialogs, tmp_path):  # type: ignore[no-untyped-def]
    dialogs.open_path = str(received(tmp_path, "2027.2", edit=lambda t: t.replace("risk = 0", "risk = 9", 1)))
    assert window.files.install_checklist() is None
    kind, title, text = dialogs.last()
    assert (kind, title) == ("warning", "Checklist not installed")
    assert "from-the-vng.toml" in text and ".risk" in text and "Nothing was installed" in text
