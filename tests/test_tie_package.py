"""The tie package: `export-tie` of a tie with evidence writes a ZIP with tie.json, every file once
and a manifest of hashes; `import` recognises it by content, verifies it whole and recreates the
tie with byte-identical files; any tampering refuses the whole package (exit 2, nothing
written); encrypted with --passphrase-file like every export."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import zipfile

import pytest

from partnercheck.domain.events import Event, EventKind
from partnercheck.services import evidence
from partnercheck.workspace import open_store


@pytest.fixture
def sender(tmp_path, library, new_assessment):  # type: ignore[no-untyped-def]
    """Tie 1: two files of its own, an assessment with a file (one content shared with the tie), an event."""
    db = tmp_path / "sender.sqlite3"
    store = open_store(db)
    assessment_id = store.create(new_assessment)
    files = {"Raadsbesluit 2012.pdf": b"%PDF raadsbesluit" + os.urandom(5000), "verdrag.txt": "Vriendschapsverdrag 友好".encode()}
    for name, content in files.items():
        (tmp_path / name).write_bytes(content)
        evidence.attach_file_to_tie(store, 1, tmp_path / name)
    evidence.attach_file(store, assessment_id, library.active.questions[0].id, tmp_path / "Raadsbesluit 2012.pdf")
    store.add_event(1, Event(__import__("datetime").date(2025, 6, 1), EventKind.COUNCIL, "Raadsbesluit"))
    store.close()
    return db, files


def _export(run_in, db, out, *extra):  # type: ignore[no-untyped-def]
    code, printed, err = run_in(db, "export-tie", "1", "--out", str(out), *extra)
    assert code == 0, err
    return printed


def _snapshot(db):  # type: ignore[no-untyped-def]
    if not db.exists():
        return None
    conn = sqlite3.connect(db)
    try:
        tables = ("partnership", "assessment", "tie_event", "tie_evidence", "evidence", "evidence_blob", "tie_history")
        return [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables]
    finally:
        conn.close()


def test_round_trip_gives_the_tie_with_byte_identical_files(sender, run_in, tmp_path):  # type: ignore[no-untyped-def]
    db, files = sender
    out = tmp_path / "breda-band.partnercheck"
    assert _export(run_in, db, out) == f"Wrote {out} (tie 1 with 2 evidence files, a tie package)\n"
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        manifest = json.loads(zf.read("manifest.json"))
        assert names[0] == "tie.json" and names[-1] == "manifest.json" and len(names) == 4  # the shared content once
        assert manifest["format"] == "partnercheck-package"
        assert manifest["files"] == {n: hashlib.sha256(zf.read(n)).hexdigest() for n in names if n != "manifest.json"}
        listed = json.loads(zf.read("tie.json"))["evidence"]
        assert [(e["name"], e["size"]) for e in listed] == [(n, len(c)) for n, c in files.items()]

    receiver = tmp_path / "receiver.sqlite3"
    code, printed, err = run_in(receiver, "import", str(out))
    assert (code, err) == (0, "")
    assert printed == "Imported breda-band.partnercheck as tie 1 with 1 assessment, 1 event and 3 evidence files\n"
    sent, got = open_store(db), open_store(receiver)
    try:
        mine, theirs = sent.tie_evidence(1), got.tie_evidence(1)
        assert [(i.name, i.sha256, i.size, i.added, i.added_by) for i in theirs] == [(i.name, i.sha256, i.size, i.added, i.added_by) for i in mine]
        for item in theirs:
            assert got.blob(item.sha256, item.name) == files[item.name]
        (assessment,) = got.get_tie(1).assessments
        (item,) = got.list_evidence(assessment)
        assert got.evidence_content(item.id) == files["Raadsbesluit 2012.pdf"]
        assert [e.subject for e in got.tie_history(1)] == ["imported", "event:1", "evidence:1", "evidence:2"]
    finally:
        sent.close()
        got.close()
    # Again: the tie is there already, so refused whole and nothing added.
    before = _snapshot(receiver)
    code, _, err = run_in(receiver, "import", str(out))
    assert code == 2 and "is already in this database as tie 1" in err
    assert _snapshot(receiver) == before


def test_an_encrypted_tie_package_opens_with_its_passphrase(sender, run_in, tmp_path):  # type: ignore[no-untyped-def]
    db, files = sender
    (tmp_path / "pass.txt").write_text("correct horse battery staple\n", encoding="utf-8")
    out = tmp_path / "band.partnercheck"
    assert "encrypted" in _export(run_in, db, out, "--passphrase-file", str(tmp_path / "pass.txt"))
    assert not out.read_bytes().startswith(b"PK")
    receiver = tmp_path / "receiver.sqlite3"
    code, _, err = run_in(receiver, "import", str(out))
    assert code == 2 and _snapshot(receiver) is None
    code, _, err = run_in(receiver, "import", str(out), "--passphrase-file", str(tmp_path / "pass.txt"))
    assert code == 0, err
    got = open_store(receiver)
    try:
        assert sorted(got.blob(i.sha256) for i in got.tie_evidence(1)) == sorted(files.values())
    finally:
        got.close()


def test_without_evidence_the_tie_file_stays_json_and_standard_output_says_what_it_leaves_out(sender, run_in, tmp_path, store, new_assessment):  # type: ignore[no-untyped-def]
    db, _ = sender
    code, printed, err = run_in(db, "export-tie", "1")
    assert code == 0 and json.loads(printed)["format"] == "partnercheck-tie" and "evidence" not in json.loads(printed)
    assert "3 evidence files are not in standard output" in err
    store.create(new_assessment)
    plain = store.path.parent / "plain.json"
    code, printed, _ = run_in(store.path, "export-tie", "1", "--out", str(plain))
    assert code == 0 and printed == "" and json.loads(plain.read_text(encoding="utf-8"))["format"] == "partnercheck-tie"


def test_a_json_tie_file_with_evidence_imports_without_the_files_it_does_not_carry(sender, run_in, tmp_path):  # type: ignore[no-untyped-def]
    db, _ = sender
    code, printed, _ = run_in(db, "export-tie", "1")
    (tmp_path / "band.json").write_text(printed, encoding="utf-8")
    receiver = tmp_path / "receiver.sqlite3"
    code, printed, err = run_in(receiver, "import", str(tmp_path / "band.json"))
    assert code == 0, err
    assert "1 evidence file is not in this file; import the tie package for it" in printed
    got = open_store(receiver)
    try:
        assert got.list_evidence(got.get_tie(1).assessments[0]) == [] and got.tie_evidence(1) == []
    finally:
        got.close()


def _rewrite(src, dst, change):  # type: ignore[no-untyped-def]
    import warnings

    warnings.simplefilter("ignore", UserWarning)  # zipfile warns of a name written twice: the point of one case
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            for name, data in change(info.filename, zin.read(info)):
                zout.writestr(name, data)
    return dst


def _pdf(name):  # type: ignore[no-untyped-def]
    return name.startswith("evidence/") and name.endswith(".pdf")


def _with_manifest_entry(path, data):  # type: ignore[no-untyped-def]
    """A manifest that also names ``path`` with the hash of ``data``: the entry itself is then
    consistent, so the refusal must come from what it is, not from a missing hash."""

    def change(name, content):  # type: ignore[no-untyped-def]
        if name != "manifest.json":
            return [(name, content)]
        manifest = json.loads(content)
        manifest["files"][path] = hashlib.sha256(data).hexdigest()
        return [(name, json.dumps(manifest).encode()), (path, data)]

    return change


def _second_name(name, content):  # type: ignore[no-untyped-def]
    if not _pdf(name):
        return [(name, content)]
    return [(name, content), (name.rsplit("/", 1)[0] + "/kopie.pdf", content)]


TAMPERINGS = {
    "changed byte in a file": lambda n, d: [(n, d[:10] + bytes([d[10] ^ 1]) + d[11:] if _pdf(n) else d)],
    "changed tie.json": lambda n, d: [(n, d.replace(b"Raadsbesluit", b"Raadsbesluiten") if n == "tie.json" else d)],
    "missing file": lambda n, d: [] if _pdf(n) else [(n, d)],
    "no manifest": lambda n, d: [] if n == "manifest.json" else [(n, d)],
    "absolute path": _with_manifest_entry("/etc/cron.d/x", b"boo"),
    "dot-dot": _with_manifest_entry("evidence/../../escape.pdf", b"boo"),
    "an entry twice": lambda n, d: [(n, d), (n, d)] if _pdf(n) else [(n, d)],
    "one content under two names": _second_name,
    "assessment.json beside tie.json": _with_manifest_entry("assessment.json", b"{}"),
}


@pytest.mark.parametrize("case", TAMPERINGS)
def test_a_tampered_tie_package_is_refused_whole(sender, run_in, tmp_path, case):  # type: ignore[no-untyped-def]
    db, _ = sender
    good = tmp_path / "good.partnercheck"
    _export(run_in, db, good)
    bad = _rewrite(good, tmp_path / "bad.partnercheck", TAMPERINGS[case])
    receiver = tmp_path / "receiver.sqlite3"
    open_store(receiver).close()
    before = _snapshot(receiver)
    code, out, err = run_in(receiver, "import", str(bad))
    assert (code, out) == (2, ""), err
    assert err.startswith("partnercheck import: ") and "bad.partnercheck" in err and err.count("\n") == 1
    assert _snapshot(receiver) == before
    assert not (tmp_path / "escape.pdf").exists()


def test_a_symlink_entry_in_a_tie_package_is_refused_and_no_database_made(sender, run_in, tmp_path):  # type: ignore[no-untyped-def]
    import stat

    db, _ = sender
    good = tmp_path / "good.partnercheck"
    _export(run_in, db, good)
    bad = _rewrite(good, tmp_path / "link.partnercheck", _with_manifest_entry("evidence/link", b"/etc/passwd"))
    with zipfile.ZipFile(bad) as zin, zipfile.ZipFile(tmp_path / "link2.partnercheck", "w") as zout:
        for info in zin.infolist():
            if info.filename == "evidence/link":
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
            zout.writestr(info, zin.read(info))
    code, _, err = run_in(tmp_path / "receiver.sqlite3", "import", str(tmp_path / "link2.partnercheck"))
    assert code == 2 and "evidence/link: is a link" in err
    assert _snapshot(tmp_path / "receiver.sqlite3") is None
