"""A review package and a tie file encrypted with --passphrase-file: nothing readable in the
file, and the one import opens it with the passphrase (and refuses it without, storing nothing)."""

from __future__ import annotations

import datetime as _dt

from partnercheck.domain.events import Event, EventKind
from partnercheck.services import evidence, sealed
from partnercheck.workspace import open_store

SECRET = "correct horse battery staple"


def _passphrase(tmp_path, text=SECRET):  # type: ignore[no-untyped-def]
    path = tmp_path / f"pass-{len(text)}.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return str(path)


def _count(db, table):  # type: ignore[no-untyped-def]
    if not db.exists():
        return None
    store = open_store(db)
    try:
        return store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        store.close()


def test_an_encrypted_review_package_round_trips_with_its_evidence(run_in, tmp_path, library, new_assessment):  # type: ignore[no-untyped-def]
    sender = tmp_path / "sender.sqlite3"
    store = open_store(sender)
    first = store.create(new_assessment)
    content = b"%PDF raadsbesluit Oeigoerse Vereniging"
    (tmp_path / "besluit.pdf").write_bytes(content)
    evidence.attach_file(store, first, library.active.questions[0].id, tmp_path / "besluit.pdf")
    store.close()

    out = tmp_path / "dossier.partnercheck"
    code, said, err = run_in(sender, "package", str(first), "--out", str(out), "--passphrase-file", _passphrase(tmp_path))
    assert code == 0, err
    assert "encrypted" in said
    raw = out.read_bytes()
    assert sealed.is_sealed(raw) and b"Oeigoerse" not in raw and b"Breda" not in raw

    receiver = tmp_path / "receiver.sqlite3"
    code, _, err = run_in(receiver, "import", str(out))
    assert code == 2 and "passphrase" in err and _count(receiver, "assessment") in (None, 0)
    code, said, err = run_in(receiver, "import", str(out), "--passphrase-file", _passphrase(tmp_path))
    assert code == 0, err
    store = open_store(receiver)
    (imported,) = [s.id for s in store.list_summaries()]
    (item,) = store.list_evidence(imported)
    assert item.name == "besluit.pdf" and store.evidence_content(item.id) == content
    store.close()

    code, _, err = run_in(
        sender, "package", str(first), "--out", str(tmp_path / "b.partnercheck"), "--passphrase-file", _passphrase(tmp_path, "short")
    )
    assert code == 2 and "at least" in err and not (tmp_path / "b.partnercheck").exists()


def test_an_encrypted_tie_file_round_trips(run_in, tmp_path, new_assessment):  # type: ignore[no-untyped-def]
    sender = tmp_path / "sender.sqlite3"
    store = open_store(sender)
    first = store.create(new_assessment)
    tie = store.tie_of(first)
    store.add_event(tie, Event(date=_dt.date(2024, 3, 1), kind=EventKind.VISIT_IN, text="Delegatie", people="burgemeester Wang"))
    uuid = store.get_tie(tie).uuid
    store.close()

    out = tmp_path / "band.json"
    code, _, err = run_in(sender, "export-tie", str(tie), "--out", str(out), "--passphrase-file", _passphrase(tmp_path))
    assert code == 0, err
    raw = out.read_bytes()
    assert sealed.is_sealed(raw) and b"Wang" not in raw and b"partnercheck-tie" not in raw
    code, _, err = run_in(sender, "export-tie", str(tie), "--passphrase-file", _passphrase(tmp_path))
    assert code == 2 and "--out" in err

    receiver = tmp_path / "receiver.sqlite3"
    code, _, err = run_in(receiver, "import", str(out), "--passphrase-file", _passphrase(tmp_path, "not the right passphrase"))
    assert code == 2 and _count(receiver, "partnership") in (None, 0)
    code, said, err = run_in(receiver, "import", str(out), "--passphrase-file", _passphrase(tmp_path))
    assert code == 0, err
    assert "as tie" in said
    store = open_store(receiver)
    imported = store.tie_by_uuid(uuid)
    assert imported is not None and [e.people for e in store.events(imported)] == ["burgemeester Wang"]
    assert len(store.get_tie(imported).assessments) == 1
    store.close()
