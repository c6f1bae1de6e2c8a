"""Evidence files stored in the database: attach, dedupe, open, lock, bin, command line."""

from __future__ import annotations

import hashlib
import json
import os
import stat

import pytest

from partnercheck.domain.assessment import Answer, AssessmentState
from partnercheck.domain.evidence import MAX_EVIDENCE_BYTES, EvidenceTooLarge
from partnercheck.services import assessments, evidence
from partnercheck.store.errors import FinalAssessmentError


@pytest.fixture
def assessment_id(store, new_assessment):
    return store.create(new_assessment)


@pytest.fixture
def question(library):
    return library.active.questions[0].id


@pytest.fixture
def agreement(tmp_path):
    path = tmp_path / "Overeenkomst 2012.pdf"
    path.write_bytes(b"%PDF-1.4 signed agreement\n" + bytes(range(256)) * 40)
    return path


def test_attach_lists_name_size_date_and_who(store, assessment_id, question, agreement):
    item = evidence.attach_file(store, assessment_id, question, agreement)
    [listed] = store.list_evidence(assessment_id)
    assert (listed.name, listed.size, listed.question_id) == ("Overeenkomst 2012.pdf", agreement.stat().st_size, question)
    assert listed.sha256 == hashlib.sha256(agreement.read_bytes()).hexdigest() == item.sha256
    assert listed.added_by == store.actor and listed.added.tzinfo is not None
    assert store.get(assessment_id).evidence == [listed]
    assert [h.subject for h in store.history(assessment_id)][-1] == f"evidence:{question}"


def test_the_same_file_is_stored_once_however_often_attached(store, new_assessment, library, agreement):
    first, second = store.create(new_assessment), store.create(new_assessment)
    questions = [q.id for q in library.active.questions[:3]]
    for assessment_id in (first, second):
        for qid in questions:
            evidence.attach_file(store, assessment_id, qid, agreement)
    assert store.db.execute("SELECT count(*) FROM evidence_blob").fetchone()[0] == 1
    assert len(store.list_evidence(first)) == len(store.list_evidence(second)) == 3
    assert store.evidence_bytes() == agreement.stat().st_size


def test_open_gives_a_read_only_copy_that_matches_the_hash(store, assessment_id, question, agreement, tmp_path):
    item = evidence.attach_file(store, assessment_id, question, agreement)
    copy = evidence.open_copy(store, item.id, tmp_path)
    assert copy.name == agreement.name
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == item.sha256
    assert not os.stat(copy).st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    # Opening twice gives two copies: a viewer holding the first is never overwritten.
    assert evidence.open_copy(store, item.id, tmp_path) != copy


def test_a_file_over_the_limit_is_refused_naming_it(store, assessment_id, question, tmp_path):
    big = tmp_path / "mailbox.pst"
    with open(big, "wb") as fh:
        fh.truncate(MAX_EVIDENCE_BYTES + 1)
    with pytest.raises(EvidenceTooLarge, match="mailbox.pst"):
        evidence.attach_file(store, assessment_id, question, big)
    assert store.list_evidence(assessment_id) == []
    assert store.db.execute("SELECT count(*) FROM evidence_blob").fetchone()[0] == 0


def test_final_assessment_locks_its_evidence(store, assessment_id, library, agreement):
    qid = library.active.questions[0].id
    item = evidence.attach_file(store, assessment_id, qid, agreement)
    for q in library.active.questions:
        store.save_answer(assessment_id, q.id, Answer(q.options[0].value))
    store.set_state(assessment_id, AssessmentState.REVIEW)
    store.set_state(assessment_id, AssessmentState.FINAL, by="B. Jansen")
    with pytest.raises(FinalAssessmentError):
        evidence.attach_file(store, assessment_id, qid, agreement)
    with pytest.raises(FinalAssessmentError):
        evidence.remove(store, item.id)
    assert store.list_evidence(assessment_id) == [item]
    # A new revision carries the same files (the content is not stored again).
    revision = assessments.revise(store, assessment_id)
    assert [e.sha256 for e in store.list_evidence(revision)] == [item.sha256]
    assert store.db.execute("SELECT count(*) FROM evidence_blob").fetchone()[0] == 1


def test_remove_to_the_bin_restore_and_empty(store, assessment_id, question, agreement):
    item = evidence.attach_file(store, assessment_id, question, agreement)
    evidence.remove(store, item.id)
    assert store.list_evidence(assessment_id) == []
    assert [e.id for e in store.list_evidence(assessment_id, in_bin=True)] == [item.id]
    evidence.restore(store, item.id)
    assert [e.id for e in store.list_evidence(assessment_id)] == [item.id]
    evidence.remove(store, item.id)
    store.empty_bin()
    assert store.list_evidence(assessment_id, in_bin=True) == []
    assert store.db.execute("SELECT count(*) FROM evidence_blob").fetchone()[0] == 0


def test_emptying_the_bin_gives_the_space_back(store, db_path, new_assessment, library, tmp_path):
    assessment_id = store.create(new_assessment)
    big = tmp_path / "scan.tiff"
    big.write_bytes(os.urandom(4_000_000))
    evidence.attach_file(store, assessment_id, library.active.questions[0].id, big)
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    grown = db_path.stat().st_size
    store.delete(assessment_id)
    store.empty_bin()
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert db_path.stat().st_size < grown - 3_500_000


def test_listing_never_reads_evidence_content(store, assessment_id, question, agreement):
    evidence.attach_file(store, assessment_id, question, agreement)
    seen: list[str] = []
    store.db.conn.set_trace_callback(seen.append)
    try:
        store.list_summaries()
        store.get(assessment_id)
        store.list_evidence(assessment_id)
    finally:
        store.db.conn.set_trace_callback(None)
    assert seen and not [sql for sql in seen if "evidence_blob" in sql or "content" in sql]


def test_command_line_attach_and_list(run, store, assessment_id, question, agreement):
    code, out, err = run("attach", str(assessment_id), question, str(agreement))
    assert code == 0, err
    assert "Overeenkomst 2012.pdf" in out
    code, out, _ = run("evidence", str(assessment_id), "--json")
    [listed] = json.loads(out)
    assert listed["question"] == question and listed["sha256"] == hashlib.sha256(agreement.read_bytes()).hexdigest()
    code, out, _ = run("evidence", str(assessment_id), "--remove", str(listed["id"]))
    assert code == 0 and json.loads(run("evidence", str(assessment_id), "--json")[1]) == []


def test_command_line_refuses_unknown_question_and_missing_file(run, store, assessment_id, agreement, tmp_path):
    code, _, err = run("attach", str(assessment_id), "no.such.question", str(agreement))
    assert code == 2 and "no.such.question" in err
    code, _, err = run("attach", str(assessment_id), "x", str(tmp_path / "missing.pdf"))
    assert code == 2 and "missing.pdf" in err
    assert store.db.execute("SELECT count(*) FROM evidence").fetchone()[0] == 0


def test_backup_reports_progress_and_copies_the_evidence(store, assessment_id, question, tmp_path):
    import sqlite3

    big = tmp_path / "scan.tiff"
    big.write_bytes(os.urandom(9_000_000))
    item = evidence.attach_file(store, assessment_id, question, big)
    steps: list[tuple[int, int]] = []
    made = store.backup(progress=lambda done, total: steps.append((done, total)))
    assert len(steps) > 1 and steps[-1][0] == steps[-1][1] and steps == sorted(steps)
    copy = sqlite3.connect(made)
    try:
        content = copy.execute("SELECT content FROM evidence_blob WHERE sha256 = ?", [item.sha256]).fetchone()[0]
    finally:
        copy.close()
    assert hashlib.sha256(content).hexdigest() == item.sha256
