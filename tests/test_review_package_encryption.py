"""`partnercheck package` follows services.export_rule: a review package (names, notes and
every attached document) is encrypted unless the writer says --no-encrypt, and is then warned.
An encrypted package opens with its passphrase into the same content; a wrong passphrase is
one line and nothing is written."""

from __future__ import annotations

import zipfile

import pytest

from partnercheck.domain.interchange import to_document
from partnercheck.services import evidence, sealed
from partnercheck.services.export_rule import Export, encrypted_by_default
from partnercheck.workspace import open_store

SECRET = "correct horse battery staple"


@pytest.fixture
def sender(tmp_path, library, new_assessment):  # type: ignore[no-untyped-def]
    db = tmp_path / "sender.sqlite3"
    store = open_store(db)
    assessment_id = store.create(new_assessment)
    (tmp_path / "besluit.pdf").write_bytes(b"%PDF raadsbesluit Oeigoerse Vereniging")
    evidence.attach_file(store, assessment_id, library.active.questions[0].id, tmp_path / "besluit.pdf")
    store.close()
    return db, assessment_id


def _secret(tmp_path, text=SECRET):  # type: ignore[no-untyped-def]
    path = tmp_path / f"pass-{len(text)}.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return str(path)


def test_the_rule_encrypts_the_review_package_and_the_assessment_file():
    assert encrypted_by_default(Export.REVIEW_PACKAGE) and encrypted_by_default(Export.ASSESSMENT_FILE)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "a review package holds names, notes and every attached document (personal data) and is encrypted"),
        ("nl", "een reviewpakket bevat namen, notities en alle bijgevoegde bewijsstukken (persoonsgegevens) en wordt versleuteld"),
    ],
)
def test_without_a_choice_no_package_is_written(run_in, sender, tmp_path, lang, said):  # type: ignore[no-untyped-def]
    db, assessment_id = sender
    out = tmp_path / "dossier.partnercheck"
    code, printed, err = run_in(db, "package", str(assessment_id), "--out", str(out), "--lang", lang)
    assert (code, printed) == (2, "") and said in err and "--no-encrypt" in err and "--passphrase-file" in err
    assert not out.exists()


def test_no_encrypt_writes_a_readable_package_and_warns(run_in, sender, tmp_path):  # type: ignore[no-untyped-def]
    db, assessment_id = sender
    out = tmp_path / "dossier.partnercheck"
    code, printed, err = run_in(db, "package", str(assessment_id), "--out", str(out), "--no-encrypt")
    assert code == 0 and "encrypted" not in printed
    assert f"warning: {out} is not encrypted; anyone who gets it can read its names, notes and documents" in err
    with zipfile.ZipFile(out) as zf:
        assert any(zf.read(n) == b"%PDF raadsbesluit Oeigoerse Vereniging" for n in zf.namelist())
    code, _, err = run_in(db, "package", str(assessment_id), "--out", str(out), "--no-encrypt", "--lang", "nl")
    assert code == 0 and "is niet versleuteld; wie het krijgt, kan de namen, notities en bewijsstukken erin lezen" in err


def test_a_passphrase_and_no_encrypt_together_are_refused(run_in, sender, tmp_path, capsys):  # type: ignore[no-untyped-def]
    db, assessment_id = sender
    out = tmp_path / "dossier.partnercheck"
    with pytest.raises(SystemExit) as refused:  # argparse's refusal: a usage error
        run_in(db, "package", str(assessment_id), "--out", str(out), "--no-encrypt", "--passphrase-file", _secret(tmp_path))
    assert refused.value.code == 2 and "not allowed with argument --no-encrypt" in capsys.readouterr().err and not out.exists()


def test_an_encrypted_package_round_trips_to_the_same_content(run_in, sender, tmp_path):  # type: ignore[no-untyped-def]
    db, assessment_id = sender
    out = tmp_path / "dossier.partnercheck"
    code, printed, err = run_in(db, "package", str(assessment_id), "--out", str(out), "--passphrase-file", _secret(tmp_path))
    assert code == 0 and "encrypted" in printed and err == ""
    raw = out.read_bytes()
    assert sealed.is_sealed(raw) and b"Oeigoerse" not in raw and b"Breda" not in raw

    receiver = tmp_path / "receiver.sqlite3"
    code, printed, err = run_in(receiver, "import", str(out), "--passphrase-file", _secret(tmp_path, "not the right passphrase"))
    assert (code, printed) == (2, "") and len(err.strip().splitlines()) == 1
    assert "cannot be decrypted: the passphrase is wrong" in err and "nothing was imported" in err
    assert not receiver.exists()  # nothing written, not even an empty database

    code, printed, err = run_in(receiver, "import", str(out), "--passphrase-file", _secret(tmp_path))
    assert code == 0, err
    here, there = open_store(db), open_store(receiver)
    try:
        (new_id,) = [s.id for s in there.list_summaries()]
        original, imported = to_document(here.get(assessment_id)), to_document(there.get(new_id))
        original.pop("updated"), imported.pop("updated")
        assert imported == original
        (item,) = there.list_evidence(new_id)
        assert there.evidence_content(item.id) == b"%PDF raadsbesluit Oeigoerse Vereniging"
    finally:
        here.close()
        there.close()
