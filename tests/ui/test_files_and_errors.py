"""Import, export, other databases, duplicate, delete; and errors in plain words, losing nothing."""

from __future__ import annotations

import json
import sqlite3

from PySide6.QtCore import Qt

from partnercheck.domain.interchange import dumps, parse_bytes
from partnercheck.store.errors import DatabaseLockedError


def test_import_of_a_bad_file_says_what_is_wrong_and_imports_nothing(qtbot, window, tmp_path, dialogs):  # type: ignore[no-untyped-def]
    bad = tmp_path / "partner.json"
    bad.write_text('{"format": "something-else"}', encoding="utf-8")
    dialogs.open_path = str(bad)
    qtbot.mouseClick(window.list_page.empty_import_button, Qt.MouseButton.LeftButton)
    kind, title, text = dialogs.last()
    assert (kind, title) == ("warning", "File not imported")
    assert "“partner.json” is not a PartnerCheck assessment file" in text
    assert "Nothing was imported" in text
    assert window.list_page.model.rowCount() == 0

    bad.write_bytes(b"\xff\xfe not json")
    window.files.import_file()
    assert "is not a PartnerCheck assessment file, or it is damaged" in dialogs.last()[2]

    missing = tmp_path / "gone.json"
    dialogs.open_path = str(missing)
    window.files.import_file()
    assert dialogs.last()[1] == "File problem" and "gone.json" in dialogs.last()[2]


def test_import_names_a_wrong_field(window, tmp_path, store, new_assessment, dialogs):  # type: ignore[no-untyped-def]
    doc = json.loads(dumps(store.get(store.create(new_assessment))))
    doc["partnership"]["status"] = "friendly"
    path = tmp_path / "wrong.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    dialogs.open_path = str(path)
    before = len(store.list_summaries())
    window.files.import_file()
    text = dialogs.last()[2]
    assert "contains information PartnerCheck cannot accept" in text and "partnership.status" in text
    assert len(store.list_summaries()) == before


def test_export_then_import_gives_the_same_assessment(window, tmp_path, store, new_assessment, library, dialogs):  # type: ignore[no-untyped-def]
    q = library.active.questions[0]
    new_assessment.answers = {}
    assessment_id = store.create(new_assessment)
    store.save_answer(assessment_id, q.id, parse_answer(q))
    window.reload_list(select_id=assessment_id)
    out = tmp_path / "export.json"
    dialogs.save_path = str(out)
    assert window.files.export_file()
    exported = parse_bytes(out.read_bytes(), str(out), library)
    assert exported.answers == store.get(assessment_id).answers

    # Imported back into the database it came from: the same assessment (same uuid and
    # content), so nothing is added and the existing one is shown.
    dialogs.open_path = str(out)
    same_id = window.files.import_file()
    assert same_id == assessment_id
    assert window.list_page.model.rowCount() == 1
    assert window.list_page.selected_id() == assessment_id
    assert not dialogs.messages


def parse_answer(question):  # type: ignore[no-untyped-def]
    from partnercheck.domain.assessment import Answer

    return Answer(question.options[-1].value, "bron: gesprek")


def test_damaged_foreign_and_newer_databases_are_refused_and_left_untouched(window, tmp_path, db_path, dialogs):  # type: ignore[no-untyped-def]
    foreign = tmp_path / "notes.sqlite3"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    text_file = tmp_path / "letter.sqlite3"
    text_file.write_text("Dear council,", encoding="utf-8")
    newer = tmp_path / "newer.sqlite3"
    from partnercheck.workspace import open_store

    open_store(newer).close()
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 999")
    conn.close()

    expectations = {
        foreign: "is not a PartnerCheck database",
        text_file: "is not a PartnerCheck database",
        newer: "was made by a newer version of PartnerCheck",
    }
    for path, words in expectations.items():
        before = path.read_bytes()
        dialogs.open_path = str(path)
        assert not window.files.choose_database()
        kind, _title, text = dialogs.last()
        assert kind == "warning" and words in text and "left untouched" in text
        assert path.read_bytes() == before
        assert window.store is not None and window.store.path == db_path  # still on the old one
        assert db_path.name in window.windowTitle()


def test_open_and_create_other_databases(window, tmp_path, store, new_assessment, dialogs, app_settings):  # type: ignore[no-untyped-def]
    store.create(new_assessment)
    window.reload_list()
    assert window.list_page.model.rowCount() == 1
    other = tmp_path / "elsewhere" / "tweede.sqlite3"
    dialogs.save_path = str(other)
    assert window.files.choose_new_database()
    assert other.exists() and "tweede.sqlite3" in window.windowTitle()
    assert window.list_page.stack.currentWidget() is window.list_page.empty_page
    assert app_settings.database_path == str(other)
    dialogs.save_path = str(other)
    assert not window.files.choose_new_database()  # exists already: use Open
    assert dialogs.last()[0] == "information"


def test_duplicate_for_reassessment_and_delete_with_undo(qtbot, window, store, new_assessment, library, dialogs):  # type: ignore[no-untyped-def]
    q = library.active.questions[0]
    new_assessment.answers = {q.id: parse_answer(q)}
    original = store.create(new_assessment)
    window.reload_list(select_id=original)
    copy_id = window.assessments.duplicate()
    assert copy_id is not None and window.session is not None and window.session.id == copy_id
    assert store.get(copy_id).answers == store.get(original).answers
    assert "copy" in window.statusBar().currentMessage()
    assert window.show_list()
    assert window.list_page.model.rowCount() == 2

    window.list_page.select_id(copy_id)
    dialogs.answer = dialogs.answer.No
    assert not window.assessments.delete_assessment()
    assert window.list_page.model.rowCount() == 2
    dialogs.answer = dialogs.answer.Yes
    assert window.assessments.delete_assessment()
    assert "Delete" in dialogs.last()[1]
    assert window.list_page.model.rowCount() == 1
    assert window.menus.undo_delete_action.isEnabled()
    window.menus.undo_delete_action.trigger()
    assert window.list_page.model.rowCount() == 2


def _fill_the_disk(store, filler_id):  # type: ignore[no-untyped-def]
    """Make the database full for real, on the window's own connection: SQLite may not add a
    page to the file (``PRAGMA max_page_count``), and the answers table's page is packed with
    small answers of another assessment, so the next answer or note needs a page it cannot
    have. Returns a function that gives the space back."""
    conn = store.db.conn
    limit = conn.execute("PRAGMA max_page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
    for n in range(10_000):
        try:
            conn.execute("INSERT INTO answer (assessment_id, question_id, value, note, updated) VALUES (?, ?, NULL, '', '')", [filler_id, f"f{n:05}"])
        except sqlite3.OperationalError as exc:
            assert "full" in str(exc)
            break
    else:
        raise AssertionError("the database never filled up")
    return lambda: conn.execute(f"PRAGMA max_page_count = {limit}")


def test_failed_note_save_keeps_the_text_and_says_so_once(qtbot, window, store, new_assessment, dialogs, type_text):  # type: ignore[no-untyped-def]
    assessment_id = store.create(new_assessment)
    filler_id = store.create(new_assessment)
    window.reload_list()
    page = window.open_assessment(assessment_id)
    cp = page.checklist_page
    free_space = _fill_the_disk(window.store, filler_id)

    cp.note_edit.setFocus()
    type_text(cp.note_edit, "Belangrijk: één bevinding")
    assert not cp.flush_note()
    assert dialogs.kinds() == ["warning"]
    title, text = dialogs.last()[1:]
    assert title == "Disk full" and "still on screen" in text
    assert cp.note_edit.toPlainText() == "Belangrijk: één bevinding"
    assert "Not saved" in window.save_indicator.text()

    # Moving on would lose the text: the page stays, and the message is not repeated.
    assert not cp.go_to(0, 1)
    assert cp.position == (0, 0)
    assert dialogs.kinds() == ["warning"]
    # An answer click fails too, and the window says so without another box.
    cp.choose_option(0)
    assert dialogs.kinds() == ["warning"]
    assert not any(b.isChecked() for b in cp.option_buttons())  # shows what is stored, not what failed

    # Leaving the assessment asks first; "No" stays.
    dialogs.answer = dialogs.answer.No
    assert not window.show_list()
    assert window.session is not None and cp.note_edit.toPlainText() == "Belangrijk: één bevinding"

    # Space again: the next save goes through and the state clears.
    free_space()
    assert cp.flush_note()
    assert store.get(assessment_id).answers[cp.question.id].note == "Belangrijk: één bevinding"
    assert "Saved" in window.save_indicator.text()
    assert cp.go_to(0, 1)


def test_locked_database_on_answer_is_explained(window, store, new_assessment, monkeypatch, dialogs):  # type: ignore[no-untyped-def]
    assessment_id = store.create(new_assessment)
    window.reload_list()
    page = window.open_assessment(assessment_id)

    def locked(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise DatabaseLockedError()

    monkeypatch.setattr(window.store, "save_answer", locked)
    page.checklist_page.choose_option(0)
    assert dialogs.last()[1] == "Database busy"
    assert "another window or program" in dialogs.last()[2]


def test_change_made_in_another_window_is_not_overwritten(window, store, new_assessment, library, dialogs):  # type: ignore[no-untyped-def]
    q = library.active.themes[0].questions[0]
    new_assessment.answers = {}
    assessment_id = store.create(new_assessment)
    window.reload_list()
    page = window.open_assessment(assessment_id)
    cp = page.checklist_page
    from partnercheck.domain.assessment import Answer

    store.save_answer(assessment_id, q.id, Answer(q.options[1].value, "elders"))  # the other window
    cp.choose_option(0)
    assert dialogs.last()[1] == "Changed elsewhere"
    assert dialogs.last()[2].startswith("This answer was changed")
    assert store.get(assessment_id).answers[q.id] == Answer(q.options[1].value, "elders")
    assert cp.option_buttons()[1].isChecked()  # the screen shows what is stored
    cp.choose_option(0)  # now it knows, a new choice is saved
    assert store.get(assessment_id).answers[q.id].value == q.options[0].value


def test_delete_key_in_the_list_asks_then_deletes(qtbot, window, store, new_assessment, dialogs):  # type: ignore[no-untyped-def]
    store.create(new_assessment)
    window.reload_list()
    table = window.list_page.table
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert dialogs.kinds() == ["question"]
    assert window.list_page.model.rowCount() == 0
