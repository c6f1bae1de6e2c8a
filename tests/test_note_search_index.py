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
