"""A passphrase file that holds no usable passphrase (spaces only, or fewer than ten
characters) is refused by export and import alike, with one message naming the file, exit
status 2 and nothing written; the line end (LF or CRLF, or none) is never part of it."""

from __future__ import annotations

import json

import pytest

from partnercheck.domain.interchange import dumps

SECRET = "correct horse battery staple"


def _file(tmp_path, name, raw: bytes):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_bytes(raw)
    return path


@pytest.mark.parametrize("raw", [b" " * 12 + b"\n", b"\t \t \t \t \t \t\r\n", b"\n\n", b"short\n", b"  nine 9 \n"])
@pytest.mark.parametrize("command", ["export", "import"])
def test_a_passphrase_file_without_a_usable_passphrase_is_refused(run, store, new_assessment, tmp_path, raw, command):  # type: ignore[no-untyped-def]
    assessment_id = store.create(new_assessment)
    bad = _file(tmp_path, "pass.txt", raw)
    source = _file(tmp_path, "in.json", dumps(new_assessment).encode("utf-8"))
    target = tmp_path / "out.json"
    args = ("export", str(assessment_id), "--out", str(target)) if command == "export" else ("import", str(source))
    code, _, err = run(*args, "--passphrase-file", str(bad))
    assert code == 2 and str(bad) in err and "passphrase" in err, err
    dutch = run(*args, "--passphrase-file", str(bad), "--lang", "nl")[2]  # said in the run's language
    assert str(bad) in dutch and "wachtwoordzin" in dutch and "passphrase " not in dutch, dutch
    assert not target.exists() and len(store.list_summaries()) == 1


@pytest.mark.parametrize(("written", "read"), [(b"\n", b""), (b"", b"\r\n"), (b"\r\n", b"\n")])
def test_the_line_end_is_no_part_of_the_passphrase(run, store, new_assessment, tmp_path, written, read):  # type: ignore[no-untyped-def]
    assessment_id = store.create(new_assessment)
    out = tmp_path / "sealed.json"
    code, _, err = run("export", str(assessment_id), "--out", str(out), "--passphrase-file", str(_file(tmp_path, "w.txt", SECRET.encode() + written)))
    assert code == 0, err
    code, said, err = run("import", str(out), "--as-new", "--passphrase-file", str(_file(tmp_path, "r.txt", SECRET.encode() + read)))
    assert code == 0, err
    assert json.loads(dumps(store.get(int(said.split()[-1])))).get("partnership")
