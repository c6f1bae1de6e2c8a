"""The SQLite store: schema from an empty file, round trips, one transaction per write."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from partnercheck.domain.assessment import Action, ActionStatus, Answer, PartnershipStatus
from partnercheck.domain.scoring import score
from partnercheck.services import assessments
from partnercheck.store import StoreError, UnknownAssessmentError, open_database
from partnercheck.store.errors import DamagedDatabaseError, NewerDatabaseError, NotADatabaseError
from partnercheck.store.migrations import APPLICATION_ID, latest_version
from partnercheck.workspace import open_store


def riskiest(question):
    return max(question.options, key=lambda o: o.risk).value


def test_an_empty_file_gets_every_migration_recorded(db_path):
    db = open_database(db_path)
    conn = db.conn
    assert conn.execute("PRAGMA user_version").fetchone()[0] == latest_version()
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert {"assessment", "answer", "action"} <= set(db.table_names())
    db.close()
    # Opening again applies nothing and keeps the data.
    again = open_database(db_path)
    assert again.conn.execute("PRAGMA user_version").fetchone()[0] == latest_version()
    again.close()


def test_the_database_folder_is_created(tmp_path):
    path = tmp_path / "deep" / "er" / "pc.sqlite3"
    open_database(path).close()
    assert path.exists()


def test_create_and_get_give_back_the_same_assessment(store, new_assessment, library):
    checklist = library.active
    q1, q2 = checklist.questions[0], checklist.questions[-1]
    new_assessment.answers = {q1.id: Answer(riskiest(q1), "Notitie met ĳ & <b>"), q2.id: Answer(None, "alleen een notitie")}
    new_assessment.actions = [
        Action("Breng de CPAFFC-tak in kaart", "J. Jansen", dt.date(2027, 3, 1), ActionStatus.IN_PROGRESS),
        Action("Informeer ICP China"),
    ]
    new_id = store.create(new_assessment)
    got = store.get(new_id)
    assert got.id == new_id
    assert got.partnership == new_assessment.partnership
    assert got.answers == new_assessment.answers
    assert [(a.text, a.owner, a.due, a.status) for a in got.actions] == [(a.text, a.owner, a.due, a.status) for a in new_assessment.actions]
    assert got.assessor == "A. de Vries"
    assert got.created == new_assessment.created


def test_saving_an_answer_updates_the_listed_level_and_completeness(store, new_assessment, library):
    checklist = library.active
    new_id = store.create(new_assessment)
    [summary] = store.list_summaries()
    # No answers: no level at all, and certainly not "low".
    assert (summary.verdict, summary.overall, summary.answered, summary.total) == ("not-started", None, 0, len(checklist.questions))
    question = checklist.questions[0]
    store.save_answer(new_id, question.id, Answer(riskiest(question), "note"))
    [summary] = store.list_summaries()
    expected = score(checklist, {question.id: Answer(riskiest(question))})
    assert summary.overall == expected.overall.code
    assert summary.verdict == expected.verdict.value and summary.verdict in ("incomplete", "high")
    assert summary.answered == 1
    assert store.get(new_id).answers[question.id].note == "note"
    # Clearing the answer removes it again.
    store.save_answer(new_id, question.id, None)
    assert store.get(new_id).answers == {}
    assert store.list_summaries()[0].answered == 0


def test_a_note_without_an_answer_is_kept_but_not_counted(store, new_assessment, library):
    new_id = store.create(new_assessment)
    qid = library.active.questions[0].id
    store.save_answer(new_id, qid, Answer(None, "nog uitzoeken"))
    assert store.get(new_id).answers[qid] == Answer(None, "nog uitzoeken")
    assert store.list_summaries()[0].answered == 0


def test_bad_answers_are_refused_and_nothing_is_written(store, new_assessment, library):
    new_id = store.create(new_assessment)
    qid = library.active.questions[0].id
    with pytest.raises(StoreError, match="not an option"):
        store.save_answer(new_id, qid, Answer("maybe-later"))
    with pytest.raises(StoreError, match="not part of checklist"):
        store.save_answer(new_id, "no.such-question", Answer("yes"))
    with pytest.raises(UnknownAssessmentError):
        store.save_answer(new_id + 100, qid, Answer("yes"))
    assert store.get(new_id).answers == {}


def _fail_history_writes(store):
    """A real failure inside the store's transaction: the history insert that every write
    ends with is refused by SQLite itself (a TEMP trigger lives only on this connection)."""
    store.db.execute("CREATE TEMP TRIGGER history_fails BEFORE INSERT ON history BEGIN SELECT RAISE(ABORT, 'history write refused'); END")


def test_a_failing_write_leaves_no_half_record(store, new_assessment, library):
    new_assessment.actions = [Action("first"), Action("second")]
    _fail_history_writes(store)
    with pytest.raises(sqlite3.IntegrityError, match="history write refused"):
        store.create(new_assessment)  # assessment, answers and actions were inserted before the history
    assert store.list_summaries() == []
    assert store.db.execute("SELECT count(*) FROM action").fetchone()[0] == 0

    # The same for one answer: the answer, its summary and its history go in together or not at all.
    store.db.execute("DROP TRIGGER history_fails")
    new_id = store.create(new_assessment)
    before = store.list_summaries()
    q = library.active.questions[0]
    _fail_history_writes(store)
    with pytest.raises(sqlite3.IntegrityError, match="history write refused"):
        store.save_answer(new_id, q.id, Answer(q.options[-1].value, "lost with the history"))
    store.db.execute("DROP TRIGGER history_fails")
    assert store.get(new_id).answers == {}
    assert store.list_summaries() == before
    assert [h.subject for h in store.history(new_id)] == ["created"]


def test_actions_can_be_added_edited_and_removed(store, new_assessment):
    new_id = store.create(new_assessment)
    first = store.add_action(new_id, Action("Vraag ICP China om advies", "Piet"))
    second = store.add_action(new_id, Action("Informeer de raad"))
    actions = store.get(new_id).actions
    assert [a.id for a in actions] == [first, second]
    edited = Action("Informeer de raad schriftelijk", "Griffie", dt.date(2027, 1, 15), ActionStatus.DONE, id=second)
    store.update_action(edited)
    assert store.get(new_id).actions[1] == edited
    store.delete_action(first)
    assert [a.id for a in store.get(new_id).actions] == [second]


def test_partnership_can_be_corrected(store, new_assessment, partnership):
    from dataclasses import replace

    new_id = store.create(new_assessment)
    store.update_partnership(new_id, replace(partnership, status=PartnershipStatus.DORMANT), assessor="B. Bakker")
    got = store.get(new_id)
    assert got.partnership.status is PartnershipStatus.DORMANT
    assert got.assessor == "B. Bakker"


def test_duplicate_starts_a_reassessment_with_the_same_answers(store, new_assessment, library):
    q = library.active.questions[0]
    new_assessment.answers = {q.id: Answer(riskiest(q), "eerder")}
    new_assessment.actions = [Action("Blijven volgen")]
    first = store.create(new_assessment)
    second = assessments.duplicate(store, first, assessor="C. Visser")
    assert second != first
    copy = store.get(second)
    assert copy.answers == new_assessment.answers
    assert copy.assessor == "C. Visser"
    assert [a.text for a in copy.actions] == ["Blijven volgen"]
    assert len(store.list_summaries()) == 2


def test_deleting_moves_to_the_bin_and_emptying_it_removes_everything(store, new_assessment, library):
    q = library.active.questions[0]
    new_assessment.answers = {q.id: Answer(riskiest(q))}
    new_assessment.actions = [Action("x")]
    new_id = store.create(new_assessment)
    store.delete(new_id)
    assert store.list_summaries() == []
    assert [s.id for s in store.list_summaries(in_bin=True)] == [new_id]
    store.restore(new_id)
    assert [s.id for s in store.list_summaries()] == [new_id]
    assert store.get(new_id).answers == new_assessment.answers
    store.delete(new_id)
    assert store.empty_bin() == 1
    with pytest.raises(UnknownAssessmentError):
        store.get(new_id)
    assert store.db.execute("SELECT count(*) FROM answer").fetchone()[0] == 0
    assert store.db.execute("SELECT count(*) FROM action").fetchone()[0] == 0


def test_list_is_newest_first(store, new_assessment):
    first = store.create(new_assessment)
    second = store.create(new_assessment)
    assert [s.id for s in store.list_summaries()] == [second, first]
    store.save_answer(first, store.library.active.questions[0].id, Answer(None, "touch"))
    assert [s.id for s in store.list_summaries()][0] == first


# -- files that are not ours ----------------------------------------------------------------


def _assert_refused_untouched(path, error_type, words):
    before = path.read_bytes()
    with pytest.raises(error_type) as info:
        open_store(path)
    assert words in str(info.value)
    assert str(path) in str(info.value)
    assert path.read_bytes() == before
    assert not path.with_name(path.name + "-wal").exists()


def test_a_text_file_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_text("Dit is geen database.\n" * 20, encoding="utf-8")
    _assert_refused_untouched(path, NotADatabaseError, "not a PartnerCheck database")


def test_another_programs_sqlite_file_is_refused_untouched(tmp_path):
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE people (name TEXT)")
    conn.execute("INSERT INTO people VALUES ('x')")
    conn.commit()
    conn.close()
    _assert_refused_untouched(path, NotADatabaseError, "not a PartnerCheck database")


def test_a_database_from_a_newer_partnercheck_is_refused_untouched(db_path):
    open_database(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    _assert_refused_untouched(db_path, NewerDatabaseError, "newer PartnerCheck")


def test_a_damaged_database_is_refused_untouched(db_path, store, new_assessment):
    store.create(new_assessment)
    store.db.execute("PRAGMA journal_mode = DELETE")
    store.close()
    data = bytearray(db_path.read_bytes())
    # Keep the header, wreck the schema page.
    data[100:4096] = b"\xff" * (4096 - 100)
    db_path.write_bytes(bytes(data))
    _assert_refused_untouched(db_path, DamagedDatabaseError, "damaged")
