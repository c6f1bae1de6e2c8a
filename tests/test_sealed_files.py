"""Encrypted interchange files: a round trip through export and import, a wrong passphrase and
a changed file refused with one message and nothing stored, the passphrase never an argument."""

from __future__ import annotations

import json

import pytest

from partnercheck.services import sealed
from partnercheck.services.sealed import SealError, is_sealed, seal, unseal

SECRET = "correct horse battery staple"


@pytest.fixture
def document(new_assessment, library):
    from partnercheck.domain.assessment import Answer
    from partnercheck.domain.interchange import to_document

    question = library.active.questions[0]
    new_assessment.answers[question.id] = Answer(question.options[0].value, "Gesproken met mevrouw L. (Oeigoerse Vereniging)")
    return to_document(new_assessment)


def passphrase_file(tmp_path, text=SECRET, name="pass.txt"):
    path = tmp_path / name
    path.write_text(text + "\n", encoding="utf-8")
    return path


@pytest.mark.production_scrypt  # the one test that seals at the program's own cost
def test_seal_and_unseal_give_the_bytes_back_and_hide_them():
    data = b"Gesproken met mevrouw L. van de Oeigoerse Vereniging"
    box = seal(data, SECRET)
    assert is_sealed(box) and box.startswith(sealed.MAGIC)
    assert tuple(box[len(sealed.MAGIC) : len(sealed.MAGIC) + 3]) == (17, 8, 1)  # N = 2**17, r = 8, p = 1
    assert b"Oeigoerse" not in box
    assert unseal(box, SECRET, "f") == data
    assert seal(data, SECRET) != box  # a fresh salt and nonce every time


@pytest.mark.parametrize("where", ["header", "params", "salt", "body", "tag"])
def test_a_changed_byte_anywhere_is_refused(where):
    box = bytearray(seal(b"{}", SECRET))
    start = len(sealed.MAGIC)
    index = {"header": 5, "params": start + 1, "salt": start + 4, "body": -20, "tag": -1}[where]
    box[index] ^= 0x01
    with pytest.raises(SealError) as raised:
        unseal(bytes(box), SECRET, "f.json")
    assert raised.value.kind in ("wrong-or-changed", "not-supported")


def test_a_truncated_file_is_refused():
    box = seal(b"{}", SECRET)
    for cut in (len(sealed.MAGIC) + 3, len(box) - 1):
        with pytest.raises(SealError):
            unseal(box[:cut], SECRET, "f")


def test_a_short_passphrase_is_refused():
    with pytest.raises(SealError, match="at least"):
        seal(b"x", "short")


def _export(run, tmp_path, document_id="1", *extra):
    out = tmp_path / "sealed.json"
    code, _, err = run("export", document_id, "--out", str(out), *extra)
    return code, out, err


def _one_assessment(run, tmp_path, document):
    src = tmp_path / "in.json"
    src.write_text(json.dumps(document), encoding="utf-8")
    code, out, err = run("import", str(src))
    assert code == 0, err
    return out.split()[-1]


def test_export_encrypted_then_import_with_the_passphrase(run, tmp_path, document):
    first = _one_assessment(run, tmp_path, document)
    code, out, err = _export(run, tmp_path, first, "--passphrase-file", str(passphrase_file(tmp_path)))
    assert code == 0, err
    assert "not encrypted" not in err
    raw = out.read_bytes()
    assert is_sealed(raw) and document["assessor"].encode() not in raw
    code, said, err = run("import", str(out), "--passphrase-file", str(passphrase_file(tmp_path)))
    assert code == 0, err
    code, exported, _ = run("export", said.split()[-1])
    again = json.loads(exported)
    assert again["answers"] == json.loads(run("export", first)[1])["answers"]


def test_a_plain_export_with_names_says_it_is_not_encrypted(run, tmp_path, document):
    first = _one_assessment(run, tmp_path, document)
    code, out, err = _export(run, tmp_path, first)
    assert code == 0 and "not encrypted" in err
    assert "niet versleuteld" in _export(run, tmp_path, first, "--lang", "nl")[2]
    assert not is_sealed(out.read_bytes())


@pytest.mark.parametrize("case", ["wrong", "changed", "none"])
def test_import_refuses_a_wrong_passphrase_or_a_changed_file_and_stores_nothing(run, tmp_path, document, case):
    first = _one_assessment(run, tmp_path, document)
    _, out, _ = _export(run, tmp_path, first, "--passphrase-file", str(passphrase_file(tmp_path)))
    args = ["--passphrase-file", str(passphrase_file(tmp_path, "not the passphrase", "wrong.txt"))] if case == "wrong" else []
    if case == "changed":
        raw = bytearray(out.read_bytes())
        raw[-30] ^= 0x40
        out.write_bytes(bytes(raw))
        args = ["--passphrase-file", str(passphrase_file(tmp_path))]
    code, said, err = run("import", str(out), *args)
    assert code == 2 and said == ""
    assert err.count("\n") == 1 and "Traceback" not in err and str(out) in err
    if case == "none":  # said in the run's language (--lang), as the rest of the command line
        assert "encrypted" in err and "--passphrase-file" in err
        dutch = run("import", str(out), "--lang", "nl")[2]
        assert "versleuteld" in dutch and "--passphrase-file" in dutch and "encrypted" not in dutch
    else:
        assert "passphrase is wrong, or the file was changed" in err and "wachtwoordzin klopt niet" in err
    assert len(json.loads(run("list", "--json")[1])) == 1  # nothing was stored


def test_an_encrypted_export_needs_a_file_and_a_long_enough_passphrase(run, tmp_path, document):
    first = _one_assessment(run, tmp_path, document)
    code, out, err = run("export", first, "--passphrase-file", str(passphrase_file(tmp_path)))
    assert code == 2 and out == "" and "--out" in err
    code, target, err = _export(run, tmp_path, first, "--passphrase-file", str(passphrase_file(tmp_path, "short", "s.txt")))
    assert code == 2 and "at least" in err and not target.exists()
    code, target, err = _export(run, tmp_path, first, "--passphrase-file", str(tmp_path / "missing.txt"))
    assert code == 2 and "missing.txt" in err and not target.exists()


def test_the_passphrase_is_never_an_argument(run):
    from partnercheck.cli.parser import build_parser

    options = {a for action in build_parser()._actions for a in getattr(action, "option_strings", [])}
    sub = build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    for command in ("import", "export"):
        names = {o for a in sub[command]._actions for o in a.option_strings}
        assert "--passphrase-file" in names and "--passphrase" not in names and "--password" not in names
    assert "--passphrase" not in options


def test_a_refused_encrypted_file_creates_no_database(tmp_path, capsys):
    from partnercheck.cli import main

    box = tmp_path / "sealed.json"
    box.write_bytes(seal(b"{}", SECRET))
    fresh = tmp_path / "nieuw" / "partnercheck.sqlite3"
    wrong = passphrase_file(tmp_path, "niet de wachtwoordzin")
    assert main(["import", str(box), "--db", str(fresh), "--passphrase-file", str(wrong)]) == 2
    assert main(["import", str(box), "--db", str(fresh)]) == 2
    assert not fresh.exists() and not fresh.parent.exists()
    assert capsys.readouterr().err.count("\n") == 2
