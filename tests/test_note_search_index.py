"""The full-text row of an assessment's notes (search_index, rowid id*8+4) always holds all its
notes, joined: after storing a whole assessment, a note typed, an answer without a note
cleared and a note cleared. Only an answer with a note rebuilds it (db/0014)."""

from __future__ import annotations

import dataclasses

from partnercheck.domain.assessment import Answer


def _row(store, assessment_id):  # type: ignore[no-untyped-def]
    found = store.db.execute("SELECT body FROM search_index WHERE rowid = ?", [assessment_id * 8 + 4]).fetchone()
    return found[0] if found else None


def _rebuilt(store, assessment_id):  # type: ignore[no-untyped-def]
    """What the row must hold: every note of the assessment, as the triggers join them."""
    sql = "SELECT group_concat(note, ' ') FROM answer WHERE assessment_id = ? AND note != '' HAVING count(*) > 0"
    found = store.db.execute(sql, [assessment_id]).fetchone()
    return found[0] if found else None


def test_the_notes_row_holds_every_note_after_each_kind_of_change(store, new_assessment, library):  # type: ignore[no-untyped-def]
    questions = library.active.questions
    answers = {q.id: Answer(q.options[0].value, f"notitie{i}" if i % 3 == 0 else "") for i, q in enumerate(questions[:12])}
    assessment_id = store.create(dataclasses.replace(new_assessment, answers=answers))
    assert _row(store, assessment_id) == _rebuilt(store, assessment_id)
    assert sorted(_row(store, assessment_id).split()) == sorted(a.note for a in answers.values() if a.note)
    assert [h.ref for h in store.search("notitie9")] == [assessment_id]

    store.save_answer(assessment_id, questions[20].id, Answer(questions[20].options[0].value, "nieuwe zin"))
    assert _row(store, assessment_id) == _rebuilt(store, assessment_id)
    assert "nieuwe zin" in _row(store, assessment_id)

    store.save_answer(assessment_id, questions[1].id, None)  # an answer without a note
    assert _row(store, assessment_id) == _rebuilt(store, assessment_id)
    store.save_answer(assessment_id, questions[0].id, None)  # one with a note
    assert "notitie0" not in _row(store, assessment_id)
    assert _row(store, assessment_id) == _rebuilt(store, assessment_id)


def test_an_assessment_without_notes_has_no_notes_row(store, new_assessment, library):  # type: ignore[no-untyped-def]
    answers = {q.id: Answer(q.options[0].value, "") for q in library.active.questions}
    assessment_id = store.create(dataclasses.replace(new_assessment, answers=answers))
    assert _row(store, assessment_id) is None


def _notes(library, n):  # type: ignore[no-untyped-def]
    words = ["bezoek", "delegatie", "Wuhan", "convenant", "haven", "studenten", "bezoeken"]
    return {
        q.id: Answer(q.options[0].value, f"{words[(i + n) % len(words)]} {words[(i * n) % len(words)]} notitie{i}" if (i + n) % 3 else "")
        for i, q in enumerate(library.active.questions[:15])
    }


def test_an_assessment_stored_whole_writes_its_notes_row_as_the_trigger_does(store, tmp_path, new_assessment, library):  # type: ignore[no-untyped-def]
    """Storing a whole assessment writes its notes' row once (db/0018) instead of answer_ai
    rebuilding it for every note, and its actions in one statement: the rows, and so every
    search and its order, are the same as when the triggers write them, one row at a time."""
    from partnercheck.domain.assessment import Action
    from partnercheck.workspace import open_store

    by_trigger = open_store(tmp_path / "trigger.sqlite3")
    try:
        for n in range(6):
            actions = [Action(text=f"Maatregel {k}: bezoek {n}", owner=f"afdeling {k}") for k in range(n % 3 + 1)]
            assessment = dataclasses.replace(new_assessment, answers=_notes(library, n), actions=actions)
            store.create(assessment)
            assessment_id = by_trigger.create(dataclasses.replace(assessment, answers={}, actions=[]))
            by_trigger.db.conn.executemany(  # one statement per answer: answer_ai fires for each
                "INSERT INTO answer (assessment_id, question_id, value, note, updated) VALUES (?, ?, ?, ?, '2026-01-01')",
                [(assessment_id, qid, a.value, a.note) for qid, a in assessment.answers.items()],
            )
            by_trigger.db.conn.executemany(  # and per action
                "INSERT INTO action (assessment_id, position, text, owner, status, updated) VALUES (?, ?, ?, ?, 'open', '2026-01-01')",
                [(assessment_id, k, a.text, a.owner) for k, a in enumerate(actions)],
            )
            by_trigger.db.conn.commit()
        rows = "SELECT rowid, body FROM search_index WHERE rowid % 8 IN (3, 4) ORDER BY rowid"
        assert store.db.execute(rows).fetchall() == by_trigger.db.execute(rows).fetchall()
        assert len(store.db.execute(rows).fetchall()) == 6 + 1 + 2 + 3 + 1 + 2 + 3
        for words in ["bezoek", "delegatie haven", "notitie1", "Wuhan studenten", "convenant", "maatregel", "afdeling 2"]:
            assert store.search(words) == by_trigger.search(words), words
        assert store.db.execute("SELECT count(*) FROM notes_written_after").fetchone()[0] == 0
    finally:
        by_trigger.close()


def test_an_assessment_refused_half_way_leaves_no_notes_row_and_no_mark(store, new_assessment, library):  # type: ignore[no-untyped-def]
    """The mark that holds answer_ai back is part of the transaction: an insert that fails
    after the answers (an action with no text) leaves nothing, and the next answer saved to
    any assessment rebuilds its row through the trigger again."""
    import sqlite3

    import pytest

    from partnercheck.domain.assessment import Action
    from partnercheck.store.errors import StoreError

    action = Action(text="x")
    object.__setattr__(action, "text", " ")  # past the domain's own check: the table's CHECK refuses it
    with pytest.raises((sqlite3.IntegrityError, StoreError)):
        store.create(dataclasses.replace(new_assessment, answers=_notes(library, 1), actions=[action]))
    assert store.db.execute("SELECT count(*) FROM notes_written_after").fetchone()[0] == 0
    assert store.db.execute("SELECT count(*) FROM search_index WHERE rowid % 8 = 4").fetchone()[0] == 0
    assessment_id = store.create(dataclasses.replace(new_assessment, answers={}))
    question = library.active.questions[0]
    store.save_answer(assessment_id, question.id, Answer(question.options[0].value, "getypte notitie"))
    assert _row(store, assessment_id) == "getypte notitie"


def test_answers_are_written_in_statements_of_many_rows_whatever_their_number(store, new_assessment):  # type: ignore[no-untyped-def]
    """insert_answers writes up to 500 rows a statement (issue 16): 1,201 answers are stored
    whole, in three statements, with the notes row holding every note."""
    from partnercheck.store.answer_rows import insert_answers

    assessment_id = store.create(new_assessment)
    many = dataclasses.replace(new_assessment, answers={f"q{i:04d}": Answer("yes", f"n{i}" if i % 100 == 0 else "") for i in range(1201)})
    with store._write() as db:
        insert_answers(db, assessment_id, many, "2026-01-01T00:00:00+00:00")
    assert store.db.execute("SELECT count(*) FROM answer WHERE assessment_id = ?", [assessment_id]).fetchone()[0] == 1201
    assert _row(store, assessment_id) == _rebuilt(store, assessment_id) == " ".join(f"n{i}" for i in range(0, 1201, 100))
