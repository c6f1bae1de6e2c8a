"""The review package (.partnercheck) and the one import: round trip with byte-identical
files, tampering refused whole (exit 2, nothing written), the rule for an existing uuid."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
import zipfile

import pytest

from partnercheck.domain.assessment import Answer, Basis
from partnercheck.services import evidence
from partnercheck.workspace import open_store


@pytest.fixture
def source(tmp_path, library, new_assessment):
    """A database with one assessment: answers with their basis, three files (one attached twice)."""
    db = tmp_path / "sender.sqlite3"
    store = open_store(db)
    assessment_id = store.create(new_assessment)
    questions = library.active.questions
    for i, q in enumerate(questions[:4]):
        store.save_answer(assessment_id, q.id, Answer(q.options[-1].value, f"bevinding {i}", list(Basis)[i]))
    files = {}
    for name, content in (("Raadsbesluit 2012.pdf", b"%PDF raadsbesluit" + os.urandom(3000)), ("mail.eml", b"From: x\n\nhallo"), ("leeg.txt", b"")):
        path = tmp_path / name
        path.write_bytes(content)
        files[name] = content
    evidence.attach_file(store, assessment_id, questions[0].id, tmp_path / "Raadsbesluit 2012.pdf")
    evidence.attach_file(store, assessment_id, questions[1].id, tmp_path / "Raadsbesluit 2012.pdf")
    evidence.attach_file(store, assessment_id, questions[1].id, tmp_path / "mail.eml")
    evidence.attach_file(store, assessment_id, questions[2].id, tmp_path / "leeg.txt")
    store.close()
    return db, assessment_id, files


def package(run_in, db, assessment_id, out):
    code, _, err = run_in(db, "package", str(assessment_id), "--out", str(out), "--no-encrypt")
    assert code == 0, err
    return out


def _snapshot(db):
    if not db.exists():
        return None
    conn = sqlite3.connect(db)
    try:
        return [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("assessment", "answer", "evidence", "evidence_blob", "history")]
    finally:
        conn.close()


def test_round_trip_gives_the_same_assessment_and_byte_identical_files(source, run_in, tmp_path):
    db, assessment_id, files = source
    out = package(run_in, db, assessment_id, tmp_path / "breda.partnercheck")
    receiver = tmp_path / "receiver.sqlite3"
    code, printed, err = run_in(receiver, "import", str(out))
    assert code == 0, err
    new_id = int(printed.split()[-1])
    sent, got = open_store(db), open_store(receiver)
    a, b = sent.get(assessment_id), got.get(new_id)
    assert b.uuid == a.uuid and b.answers == a.answers and b.partnership == a.partnership
    assert [(e.question_id, e.name, e.sha256, e.added, e.added_by) for e in b.evidence] == [
        (e.question_id, e.name, e.sha256, e.added, e.added_by) for e in a.evidence
    ]
    for item in got.list_evidence(new_id):
        assert got.evidence_content(item.id) == files[item.name]
    # The same content once, however often attached, in the package and in the receiving database.
    with zipfile.ZipFile(out) as zf:
        assert len([n for n in zf.namelist() if n.startswith("evidence/")]) == 3
    assert got.db.execute("SELECT count(*) FROM evidence_blob").fetchone()[0] == 3
    # Importing the same package again changes nothing and names the existing assessment.
    before = _snapshot(receiver)
    code, printed, _ = run_in(receiver, "import", str(out))
    assert code == 0 and int(printed.split()[-1]) == new_id and "unchanged" in printed
    assert _snapshot(receiver) == before


def _rewrite(src, dst, change):
    """Copy the package entry by entry, letting ``change(name, data)`` return new (name, data)
    pairs (an empty list drops the entry)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            for name, data in change(info.filename, zin.read(info)):
                zout.writestr(name, data)
    return dst


def _first_evidence(name):
    return name.startswith("evidence/") and name.endswith(".pdf")


def _flip(data):
    return data[:10] + bytes([data[10] ^ 1]) + data[11:]


TAMPERINGS = {
    "changed byte in a file": lambda n, d: [(n, _flip(d) if _first_evidence(n) else d)],
    "changed byte in the assessment": lambda n, d: [(n, d.replace(b"bevinding 0", b"bevinding 9") if n == "assessment.json" else d)],
    "missing file": lambda n, d: [] if _first_evidence(n) else [(n, d)],
    "extra entry ../x": lambda n, d: [(n, d)] + ([("../x", b"boo")] if n == "manifest.json" else []),
    "extra entry in the folder": lambda n, d: [(n, d)] + ([("evidence/extra.txt", b"boo")] if n == "manifest.json" else []),
    "absolute path": lambda n, d: [(n, d)] + ([("/etc/cron.d/x", b"boo")] if n == "manifest.json" else []),
    "dot-dot inside a path": lambda n, d: [("evidence/../../escape.pdf" if _first_evidence(n) else n, d)],
    "no manifest": lambda n, d: [] if n == "manifest.json" else [(n, d)],
    "drive letter": lambda n, d: [(n, d)] + ([("C:/Windows/x.dll", b"boo")] if n == "manifest.json" else []),
    "backslash path": lambda n, d: [("evidence\\..\\escape.pdf" if _first_evidence(n) else n, d)],
}


@pytest.mark.parametrize("case", TAMPERINGS)
def test_a_tampered_package_is_refused_whole(source, run_in, tmp_path, case):
    db, assessment_id, _ = source
    good = package(run_in, db, assessment_id, tmp_path / "good.partnercheck")
    bad = _rewrite(good, tmp_path / "bad.partnercheck", TAMPERINGS[case])
    receiver = tmp_path / "receiver.sqlite3"
    open_store(receiver).close()
    before = _snapshot(receiver)
    code, out, err = run_in(receiver, "import", str(bad))
    assert code == 2, out
    assert "bad.partnercheck" in err and err.count("\n") == 1
    assert _snapshot(receiver) == before
    assert not (tmp_path / "escape.pdf").exists() and not (tmp_path / "x").exists()


def test_a_symlink_entry_is_refused(source, run_in, tmp_path):
    db, assessment_id, _ = source
    good = package(run_in, db, assessment_id, tmp_path / "good.partnercheck")
    bad = tmp_path / "link.partnercheck"

    def add_link(name, data):
        if name != "manifest.json":
            return [(name, data)]
        manifest = json.loads(data)
        manifest["files"]["evidence/link"] = hashlib.sha256(b"/etc/passwd").hexdigest()
        return [(name, json.dumps(manifest).encode())]

    _rewrite(good, bad, add_link)
    with zipfile.ZipFile(bad, "a") as zf:
        info = zipfile.ZipInfo("evidence/link")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(info, "/etc/passwd")
    code, _, err = run_in(tmp_path / "receiver.sqlite3", "import", str(bad))
    assert code == 2 and "evidence/link" in err and "link" in err
    assert _snapshot(tmp_path / "receiver.sqlite3") is None  # not even a database was created


def test_existing_uuid_with_other_content_is_refused_unless_as_new_or_replace(source, run_in, tmp_path, library):
    db, assessment_id, _ = source
    out = package(run_in, db, assessment_id, tmp_path / "v1.partnercheck")
    receiver = tmp_path / "receiver.sqlite3"
    local_id = int(run_in(receiver, "import", str(out))[1].split()[-1])
    # The sender changes an answer and sends again.
    sender = open_store(db)
    q = library.active.questions[5]
    sender.save_answer(assessment_id, q.id, Answer(q.options[0].value, "later", Basis.DOCUMENT))
    sender.close()
    out2 = package(run_in, db, assessment_id, tmp_path / "v2.partnercheck")
    before = _snapshot(receiver)
    code, _, err = run_in(receiver, "import", str(out2))
    assert code == 2 and "uuid" in err and "--as-new" in err and "--replace" in err
    assert _snapshot(receiver) == before

    code, printed, err = run_in(receiver, "import", str(out2), "--replace")
    assert code == 0, err
    assert int(printed.split()[-1]) == local_id
    got = open_store(receiver)
    assert got.get(local_id).answers[q.id] == Answer(q.options[0].value, "later", Basis.DOCUMENT)
    assert len(got.list_summaries()) == 1
    subjects = [h.subject for h in got.history(local_id)]
    assert subjects[subjects.index("replaced") + 1 :] == [f"answer:{q.id}", f"basis:{q.id}", f"note:{q.id}"]  # what it overwrote
    got.close()

    code, printed, err = run_in(receiver, "import", str(out), "--as-new")
    assert code == 0, err
    copy_id = int(printed.split()[-1])
    got = open_store(receiver)
    assert copy_id != local_id and got.get(copy_id).uuid not in (None, got.get(local_id).uuid)
    got.close()


def test_format_1_files_still_import_with_a_new_uuid(run, tmp_path, library):
    active = library.active
    q = active.questions[0]
    doc = {
        "format": "partnercheck-assessment",
        "format_version": 1,
        "checklist": {"id": active.id, "version": active.version},
        "partnership": {
            "dutch_party": "Gemeente Ede",
            "dutch_party_kind": "municipality",
            "counterpart": "Suzhou",
            "counterpart_kind": "city",
            "status": "active",
        },
        "answers": {q.id: {"value": q.options[0].value, "note": "oud"}},
    }
    path = tmp_path / "old.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    code, out, err = run("import", str(path))
    assert code == 0, err
    code, out, _ = run("export", out.split()[-1])
    exported = json.loads(out)
    assert exported["format_version"] == 2 and len(exported["uuid"]) == 36
    assert exported["answers"][q.id]["basis"] == "not-recorded" and exported["evidence"] == []
