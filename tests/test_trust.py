"""An assessment as a record: history, sign-off, revisions, the bin, backups, two writers."""

from __future__ import annotations

import sqlite3

import pytest

from partnercheck.domain.assessment import Action, ActionStatus, Answer, AssessmentState
from partnercheck.domain.compare import compare
from partnercheck.services import assessments
from partnercheck.store import open_database
from partnercheck.store.backups import list_backups
from partnercheck.store.errors import ConflictError, FinalAssessmentError, InBinError, StateError, StoreError
from partnercheck.store.migrations import APPLICATION_ID, latest_version, migrations
from partnercheck.workspace import open_store


def lowest(question):
    return min(question.options, key=lambda o: o.risk).value


def riskiest(question):
    return max(question.options, key=lambda o: o.risk).value


def answer_all(store, assessment_id, checklist, pick=lowest):
    for q in checklist.questions:
        store.save_answer(assessment_id, q.id, Answer(pick(q)))


def test_every_change_is_recorded_with_old_new_when_and_who(store, new_assessment, library, partnership):
    from dataclasses import replace

    store.actor = "A. de Vries"
    q = library.active.questions[0]
    new_id = store.create(new_assessment)
    store.save_answer(new_id, q.id, Answer(lowest(q)))
    store.save_answer(new_id, q.id, Answer(riskiest(q), "gesprek met BZ"))
    store.actor = "B. Bakker"
    store.update_partnership(new_id, replace(partnership, status=partnership.status.__class__("dormant")))
    action_id = store.add_action(new_id, Action("Informeer de raad"))
    store.update_action(Action("Informeer de raad", "Griffie", status=ActionStatus.DONE, id=action_id))

    answer_history = store.history(new_id, q.id)
    assert [(h.subject, h.old, h.new, h.actor) for h in answer_history] == [
        (f"answer:{q.id}", None, lowest(q), "A. de Vries"),
        (f"answer:{q.id}", lowest(q), riskiest(q), "A. de Vries"),
        (f"note:{q.id}", None, "gesprek met BZ", "A. de Vries"),
    ]
    assert all(h.at.tzinfo is not None for h in answer_history)
    status = store.history(new_id, "partnership.status")
    assert [(h.old, h.new, h.actor) for h in status] == [("active", "dormant", "B. Bakker")]
    action_history = store.history(new_id, f"action:{action_id}")
    assert len(action_history) == 2 and '"Griffie"' in action_history[1].new
    # Saving the same answer again records nothing new.
    store.save_answer(new_id, q.id, Answer(riskiest(q), "gesprek met BZ"))
    assert len(store.history(new_id, q.id)) == 3


def test_history_names_the_os_user_when_no_assessor_is_set(db_path, new_assessment, monkeypatch):
    # As getpass.getuser() finds it: LOGNAME first, else the password database (or Windows' USERNAME).
    monkeypatch.setenv("LOGNAME", "ambtenaar17")
    store = open_store(db_path)
    new_id = store.create(new_assessment)
    assert store.history(new_id)[0].actor == "ambtenaar17"
    store.close()
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.delenv(name, raising=False)
    import getpass

    store = open_store(db_path)
    assert store.history(store.create(new_assessment))[0].actor == getpass.getuser()  # the password database's name
    store.close()


def test_draft_review_final_locks_and_records_approval(store, new_assessment, library):
    checklist = library.active
    new_id = store.create(new_assessment)
    with pytest.raises(StateError):
        store.set_state(new_id, AssessmentState.FINAL)  # not straight from draft
    store.set_state(new_id, AssessmentState.REVIEW)
    with pytest.raises(StateError, match="unanswered"):
        store.set_state(new_id, AssessmentState.FINAL)
    store.set_state(new_id, AssessmentState.DRAFT)
    answer_all(store, new_id, checklist)
    store.set_state(new_id, AssessmentState.REVIEW)
    store.set_state(new_id, AssessmentState.FINAL, by="Wethouder K. de Boer")
    final = store.get(new_id)
    assert final.state is AssessmentState.FINAL
    assert final.approved_by == "Wethouder K. de Boer" and final.approved_on is not None
    q = checklist.questions[0]
    with pytest.raises(FinalAssessmentError):
        store.save_answer(new_id, q.id, Answer(riskiest(q)))
    with pytest.raises(FinalAssessmentError):
        store.add_action(new_id, Action("te laat"))
    assert store.get(new_id).answers == final.answers
    states = [(h.old, h.new) for h in store.history(new_id, "state")]
    assert states == [("draft", "review"), ("review", "draft"), ("draft", "review"), ("review", "final")]


def test_editing_a_final_assessment_starts_a_new_revision(store, new_assessment, library):
    checklist = library.active
    first = store.create(new_assessment)
    answer_all(store, first, checklist)
    store.set_state(first, AssessmentState.REVIEW)
    store.set_state(first, AssessmentState.FINAL)
    second = assessments.revise(store, first)
    q = checklist.questions[0]
    store.save_answer(second, q.id, Answer(riskiest(q)))
    old, new = store.get(first), store.get(second)
    assert (new.revision, new.previous_id, new.state) == (2, first, AssessmentState.DRAFT)
    assert old.answers[q.id].value == lowest(q) and old.state is AssessmentState.FINAL
    assert store.previous_of(second) == first
    diff = compare(checklist, old, new)
    assert [c.question_id for c in diff.answers] == [q.id]
    assert diff.answers[0].value_changed


def test_previous_assessment_of_the_same_partnership_is_found(store, new_assessment):
    first = store.create(new_assessment)
    second = store.create(new_assessment)
    assert store.previous_of(second) == first
    assert store.previous_of(first) is None


def test_a_deleted_assessment_cannot_be_edited_until_restored(store, new_assessment, library):
    q = library.active.questions[0]
    new_id = store.create(new_assessment)
    store.delete(new_id)
    with pytest.raises(InBinError):
        store.save_answer(new_id, q.id, Answer(lowest(q)))
    store.restore(new_id)
    store.save_answer(new_id, q.id, Answer(lowest(q)))


def test_a_second_writer_does_not_silently_overwrite_the_first(db_path, new_assessment, library):
    q = library.active.questions[0]
    window_a, window_b = open_store(db_path), open_store(db_path)
    new_id = window_a.create(new_assessment)
    seen_by_b = window_b.get(new_id).answers.get(q.id)
    version_b = window_b.data_version()
    window_a.save_answer(new_id, q.id, Answer(riskiest(q), "A was first"), expected=None)
    assert window_b.data_version() != version_b, "B can tell its view is stale"
    with pytest.raises(ConflictError):
        window_b.save_answer(new_id, q.id, Answer(lowest(q), "B overwrites"), expected=seen_by_b)
    assert window_b.get(new_id).answers[q.id].note == "A was first"
    window_a.close()
    window_b.close()


def test_a_busy_database_makes_the_second_writer_wait_not_fail(db_path, new_assessment, library):
    import threading

    q = library.active.questions[0]
    first = open_store(db_path)
    new_id = first.create(new_assessment)
    blocker = sqlite3.connect(db_path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    asking = threading.Event()  # the writer has asked SQLite for the write lock
    done = threading.Event()
    failed: list[BaseException] = []

    def write():
        try:
            second = open_store(db_path)
            second.db.conn.set_trace_callback(lambda sql: sql.startswith("BEGIN IMMEDIATE") and asking.set())
            second.save_answer(new_id, q.id, Answer(lowest(q)))
            second.close()
        except BaseException as exc:  # noqa: BLE001 - reported by the test below
            failed.append(exc)
        done.set()

    thread = threading.Thread(target=write)
    thread.start()
    assert asking.wait(30), "the writer never got to its write"
    # The lock is held, so the writer can only be waiting for it (or have given up).
    assert first.get(new_id).answers == {} and not failed
    blocker.execute("COMMIT")
    thread.join(30)
    assert done.is_set() and not failed, failed
    assert first.get(new_id).answers[q.id].value == lowest(q)
    blocker.close()
    first.close()


def _make_version_1_database(path, new_assessment):
    one = migrations()[0]
    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript(f"BEGIN;{one.sql};PRAGMA user_version=1;PRAGMA application_id={APPLICATION_ID};COMMIT;")
    p = new_assessment.partnership
    conn.execute(
        "INSERT INTO assessment (checklist_id, checklist_version, dutch_party, dutch_party_kind, counterpart, "
        "counterpart_kind, status, since, assessor, created, updated, total) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        [
            new_assessment.checklist_id,
            new_assessment.checklist_version,
            p.dutch_party,
            p.dutch_party_kind.value,
            p.counterpart,
            p.counterpart_kind.value,
            p.status.value,
            p.since,
            "oud",
            "2024-01-01T10:00:00+01:00",
            "2024-01-01T09:00:00.000000+00:00",
            1,
        ],
    )
    conn.close()


def test_migrating_an_older_database_keeps_its_data_and_a_dated_backup(db_path, new_assessment):
    assert latest_version() >= 2
    _make_version_1_database(db_path, new_assessment)
    original = db_path.read_bytes()
    store = open_store(db_path)
    [summary] = store.list_summaries()
    assert summary.assessor == "oud" and summary.state is AssessmentState.DRAFT
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == latest_version()
    store.close()
    [backup] = list_backups(db_path)
    assert "-v1" in backup.name
    check = sqlite3.connect(backup)
    assert check.execute("PRAGMA user_version").fetchone()[0] == 1
    assert check.execute("SELECT assessor FROM assessment").fetchone()[0] == "oud"
    check.close()
    assert len(original) > 0


def test_a_failing_migration_step_leaves_the_database_as_it_was(db_path, new_assessment, monkeypatch):
    from partnercheck.store import migrations as mig

    _make_version_1_database(db_path, new_assessment)
    broken = list(mig.migrations())
    broken[1] = mig.Migration(2, "0002_broken", broken[1].sql + "\nCREATE TABLE history (x);")
    monkeypatch.setattr(mig, "migrations", lambda: tuple(broken))
    with pytest.raises(StoreError, match="could not be upgraded.*left as it was"):
        open_database(db_path)
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    columns = [r[1] for r in conn.execute("PRAGMA table_info(assessment)")]
    assert "state" not in columns
    conn.close()


def test_a_backup_can_be_restored_and_the_restore_undone(db_path, new_assessment, library):
    from partnercheck.store.backups import make_backup
    from partnercheck.store.restore import restore_backup

    q = library.active.questions[0]
    store = open_store(db_path)
    new_id = store.create(new_assessment)
    store.save_answer(new_id, q.id, Answer(lowest(q), "before the backup"))
    backup = make_backup(store.db.conn, db_path, "manual")
    store.save_answer(new_id, q.id, Answer(riskiest(q), "after the backup"))
    store.close()

    restore_backup(db_path, backup)
    store = open_store(db_path)
    assert store.get(new_id).answers[q.id].note == "before the backup"
    store.close()
    undo = [b for b in list_backups(db_path) if "before-restore" in b.name]
    assert len(undo) == 1
    restore_backup(db_path, undo[0])
    store = open_store(db_path)
    assert store.get(new_id).answers[q.id].note == "after the backup"
    store.close()


def test_only_the_last_few_backups_are_kept(db_path):
    from partnercheck.store.backups import KEEP, make_backup

    store = open_store(db_path)
    for _ in range(KEEP + 3):
        make_backup(store.db.conn, db_path, "manual")
    store.close()
    assert len(list_backups(db_path)) == KEEP


def test_a_damaged_file_is_not_restored_as_a_backup(db_path, tmp_path, new_assessment):
    from partnercheck.store.errors import BadBackupError
    from partnercheck.store.restore import restore_backup

    store = open_store(db_path)
    store.create(new_assessment)
    store.close()
    fake = tmp_path / "fake.backup.sqlite3"
    fake.write_bytes(b"not a database at all" * 50)
    with pytest.raises(BadBackupError, match="cannot be restored: is not a PartnerCheck database"):
        restore_backup(db_path, fake)
    store = open_store(db_path)
    assert len(store.list_summaries()) == 1
    store.close()


# The real command line, with one addition: it says on stderr when it asks for the write lock.
_CLI_SAYING_WHEN_IT_WAITS = """
import sqlite3, sys
_connect = sqlite3.connect
def connect(*args, **kwargs):
    conn = _connect(*args, **kwargs)
    conn.set_trace_callback(lambda sql: sql.startswith("BEGIN IMMEDIATE") and print("ASKING-FOR-LOCK", file=sys.stderr, flush=True))
    return conn
sqlite3.connect = connect
from partnercheck.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.slow  # a process of its own
def test_a_command_line_import_waits_for_the_window_and_then_lands(db_path, new_assessment, tmp_path):
    import select
    import subprocess
    import sys

    from partnercheck.domain.interchange import dumps

    window = open_store(db_path)
    window.create(new_assessment)
    source = tmp_path / "from-elsewhere.json"
    source.write_text(dumps(new_assessment), encoding="utf-8")
    blocker = sqlite3.connect(db_path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # the window is in the middle of a write
    cli = subprocess.Popen(
        [sys.executable, "-c", _CLI_SAYING_WHEN_IT_WAITS, "import", str(source), "--db", str(db_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    # Wait (bounded) for the child to ask for the lock; readline gives "" if it exited instead.
    assert cli.stderr is not None
    readable, _, _ = select.select([cli.stderr], [], [], 60)
    assert readable, "the command line never got to its write"
    line = cli.stderr.readline()
    assert line.strip() == "ASKING-FOR-LOCK", line + cli.stderr.read()
    assert cli.poll() is None and len(window.list_summaries()) == 1  # waiting for the lock, not failed
    version = window.data_version()
    blocker.execute("COMMIT")
    out, err = cli.communicate(timeout=60)
    assert cli.returncode == 0, err
    assert window.data_version() != version, "the window can tell the list is stale"
    assert len(window.list_summaries()) == 2
    blocker.close()
    window.close()


def test_the_reviewer_named_before_review_is_kept_through_approval(store, new_assessment, library):
    new_id = store.create(new_assessment)
    answer_all(store, new_id, library.active)
    store.set_reviewer(new_id, "H. de Boer")
    store.set_state(new_id, AssessmentState.REVIEW)
    store.set_state(new_id, AssessmentState.FINAL, by="G. Smit")
    final = store.get(new_id)
    assert (final.reviewed_by, final.approved_by) == ("H. de Boer", "G. Smit")


def test_a_note_saved_at_every_keystroke_is_one_change_in_the_history(store, new_assessment, library):
    q = library.active.questions[0]
    new_id = store.create(new_assessment)
    store.actor = "A. de Vries"
    typed = "Gesprek met BZ"
    for i in range(1, len(typed) + 1):  # the window saves the note as it is typed
        store.save_answer(new_id, q.id, Answer(None, typed[:i]))
    notes = store.history(new_id, f"note:{q.id}")
    assert [(h.old, h.new) for h in notes] == [(None, typed)]
    # Another person's edit, or another change in between, starts a new entry.
    store.actor = "B. Bakker"
    store.save_answer(new_id, q.id, Answer(None, typed + "."))
    store.save_answer(new_id, q.id, Answer(lowest(q), typed + "."))
    store.save_answer(new_id, q.id, Answer(lowest(q), typed + ".."))
    notes = store.history(new_id, f"note:{q.id}")
    assert [(h.old, h.new, h.actor) for h in notes] == [
        (None, typed, "A. de Vries"),
        (typed, typed + ".", "B. Bakker"),
        (typed + ".", typed + "..", "B. Bakker"),
    ]
    # Typing and then deleting the addition again leaves no trace.
    store.save_answer(new_id, q.id, Answer(lowest(q), typed + "..x"))
    store.save_answer(new_id, q.id, Answer(lowest(q), typed + ".."))
    assert len(store.history(new_id, f"note:{q.id}")) == 3


def test_a_backup_into_an_unwritable_folder_is_a_clear_store_error(db_path, new_assessment, monkeypatch):
    from partnercheck.store import StoreError, backups

    store = open_store(db_path)
    store.create(new_assessment)
    monkeypatch.setattr(backups, "backup_dir", lambda _path: db_path.parent / "not-a-folder" / "backups")
    (db_path.parent / "not-a-folder").write_text("a file where the folder would go", encoding="utf-8")
    with pytest.raises(StoreError, match="backups: no backup could be made there .*; nothing was changed"):
        store.backup()
    store.close()
