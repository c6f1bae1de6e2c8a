"""Hostile files against the new file handling: zip bombs and forged manifests in review
packages, forged headers of encrypted files, passphrase files that are not one short line,
pipes and devices where a file is expected, spreadsheet formulas in the CSV files written.
Each is refused with one message naming the file (and the field), quickly, in bounded memory,
with nothing written."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import os
import struct
import time
import zipfile

import pytest

from partnercheck.domain.evidence import clean_name, sha256_hex
from partnercheck.services import evidence, sealed
from partnercheck.services import package as package_module
from partnercheck.services.package import PackageError, read_package
from partnercheck.services.sealed import SealError

SECRET = "correct horse battery staple"


def _package(entries: dict[str, bytes], manifest_text: str | None = None, deflate: bool = True) -> bytes:
    """A package of ``entries`` (the document is a placeholder) with a correct manifest."""
    files = {name: sha256_hex(data) for name, data in entries.items()}
    manifest = manifest_text or json.dumps({"format": "partnercheck-package", "format_version": 1, "files": files})
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
        zf.writestr("manifest.json", manifest)
    return out.getvalue()


def _declare_sizes(raw: bytes, size: int) -> bytes:
    """The same ZIP with every central-directory entry claiming ``size`` bytes unpacked."""
    data = bytearray(raw)
    at = data.find(b"PK\x01\x02")
    while at != -1:
        struct.pack_into("<I", data, at + 24, size)
        at = data.find(b"PK\x01\x02", at + 4)
    return bytes(data)


def _evidence(i: int) -> tuple[str, bytes]:
    content = f"file {i}".encode()
    return f"evidence/{sha256_hex(content)}/f{i}.txt", content


def test_a_package_declaring_more_than_the_total_limit_is_refused_before_unpacking():
    entries = dict(_evidence(i) for i in range(40))
    entries["assessment.json"] = b"{}"
    raw = _declare_sizes(_package(entries), 40 * 1024 * 1024)  # 40 x 40 MB: over the total
    started = time.perf_counter()
    with pytest.raises(PackageError) as caught:
        read_package(io.BytesIO(raw), "bomb.partnercheck")
    assert time.perf_counter() - started < 1
    assert "bomb.partnercheck" in str(caught.value) and str(getattr(package_module, "MAX_PACKAGE_BYTES", "limit")) in str(caught.value)


def test_a_package_entry_compressed_like_a_zip_bomb_is_refused_before_unpacking():
    zeros = bytes(8 * 1024 * 1024)
    name = f"evidence/{sha256_hex(zeros)}/zeros.bin"
    raw = _package({"assessment.json": b"{}", name: zeros})
    with pytest.raises(PackageError) as caught:
        read_package(io.BytesIO(raw), "bomb.partnercheck")
    assert name in str(caught.value) and "compressed" in str(caught.value)


def test_a_manifest_naming_a_file_twice_is_refused():
    name, content = _evidence(1)
    good, other = sha256_hex(content), "0" * 64
    text = (
        '{"format": "partnercheck-package", "format_version": 1, "files": {'
        f'"assessment.json": "{sha256_hex(b"{}")}", "{name}": "{other}", "{name}": "{good}"'
        "}}"
    )
    raw = _package({"assessment.json": b"{}", name: content}, manifest_text=text)
    with pytest.raises(PackageError) as caught:
        read_package(io.BytesIO(raw), "twice.partnercheck")
    assert "manifest.json" in str(caught.value) and name in str(caught.value) and "twice" in str(caught.value)


def _forged(log2_n: int, r: int, p: int) -> bytes:
    return sealed.MAGIC + bytes((log2_n, r, p)) + bytes(16 + 12) + bytes(64)


@pytest.mark.parametrize("params", [(20, 8, 4), (20, 8, 1), (18, 8, 1), (17, 8, 4), (17, 255, 1)])
def test_an_encrypted_file_asking_for_costlier_scrypt_than_partnercheck_writes_is_refused_at_once(params):
    started = time.perf_counter()
    with pytest.raises(SealError) as caught:
        sealed.unseal(_forged(*params), SECRET, "forged.json")
    assert time.perf_counter() - started < 0.5  # no key was derived
    assert caught.value.kind == "not-supported" and "forged.json" in str(caught.value) and "scrypt" in str(caught.value)


def test_a_passphrase_file_in_utf16_as_notepad_saves_it_is_read(tmp_path):
    path = tmp_path / "pass.txt"
    path.write_bytes((SECRET + "\r\n").encode("utf-16"))
    assert sealed.read_passphrase_file(path) == SECRET


def test_a_passphrase_file_that_is_not_text_is_named(tmp_path):
    path = tmp_path / "pass.txt"
    path.write_bytes("café geheim wachtwoord\n".encode("latin-1"))  # an old Windows editor
    with pytest.raises(SealError) as caught:
        sealed.read_passphrase_file(path)
    assert str(path) in str(caught.value) and "UTF-8" in str(caught.value)


def test_a_huge_passphrase_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "pass.txt"
    with open(path, "wb") as fh:
        fh.write(SECRET.encode() + b"\n")
        fh.truncate(1024**3)  # 1 GB, sparse: nothing on disk
    started = time.perf_counter()
    with pytest.raises(OSError) as caught:
        sealed.read_passphrase_file(path)
    assert time.perf_counter() - started < 1
    assert str(path) in str(caught.value)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_as_passphrase_file_is_refused_not_waited_on(tmp_path):
    path = tmp_path / "pass.fifo"
    os.mkfifo(path)
    with pytest.raises(OSError) as caught:
        sealed.read_passphrase_file(path)
    assert "not a regular file" in str(caught.value)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_attaching_a_pipe_or_a_device_is_refused_not_waited_on(store, new_assessment, library, tmp_path):
    assessment_id = store.create(new_assessment)
    question = library.active.questions[0].id
    fifo = tmp_path / "evidence.pdf"
    os.mkfifo(fifo)
    for path in (fifo, "/dev/zero", tmp_path):
        with pytest.raises(OSError) as caught:
            evidence.attach_file(store, assessment_id, question, path)
        assert "not a regular file" in str(caught.value) and str(path) in str(caught.value)
    assert store.list_evidence(assessment_id) == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_importing_a_pipe_or_a_device_is_refused_with_exit_2(run, tmp_path):
    fifo = tmp_path / "incoming.json"
    os.mkfifo(fifo)
    for path in (fifo, "/dev/zero"):
        code, _, err = run("import", str(path))
        assert code == 2 and str(path) in err and "not a regular file" in err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_bulk_import_given_a_pipe_reports_it_and_goes_on(run, tmp_path, new_assessment):
    from partnercheck.domain.interchange import dumps

    good = tmp_path / "good.json"
    good.write_text(dumps(new_assessment), encoding="utf-8")
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    code, out, err = run("import", str(fifo), str(good))
    assert code == 2 and "Imported good.json" in out and str(fifo) in err


@pytest.mark.parametrize("name", [".", "..", "...", " . "])
def test_an_evidence_name_of_dots_is_not_a_folder(name):
    assert clean_name(name) not in (".", "..")


def test_a_ten_thousand_character_evidence_name_is_cut_keeping_its_suffix():
    cleaned = clean_name("a" * 10_000 + ".pdf")
    assert len(cleaned.encode("utf-8")) <= 200 and cleaned.endswith(".pdf")
    assert clean_name(cleaned) == cleaned  # an export of the cleaned name reads back


def _cells(data: bytes) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(data.decode("utf-8-sig"))) for cell in row]


FORMULAS = ['=HYPERLINK("http://x")', "+1+2", "-3+4", "@SUM(A1)", "\t=1", "\r=1"]


def test_the_destruction_list_csv_holds_no_formula():
    from partnercheck.services.retention import destruction_csv
    from partnercheck.store.retention_store import DESTRUCTION_COLUMNS

    rows = [{c: formula for c in DESTRUCTION_COLUMNS} for formula in FORMULAS]
    cells = _cells(destruction_csv(rows))
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert '\'=HYPERLINK("http://x")' in cells  # the text is kept, shown as text


def test_the_woo_export_csv_files_hold_no_formula(store, new_assessment, library, tmp_path):
    from partnercheck.domain.assessment import Answer
    from partnercheck.services.woo import woo_export

    new_assessment.partnership = dataclasses.replace(new_assessment.partnership, dutch_party="=cmd|' /C calc'!A0")
    assessment_id = store.create(new_assessment)
    question = library.active.questions[0]
    store.save_answer(assessment_id, question.id, Answer(question.options[0].value, "@SUM(1+1) mevrouw L."))
    done = woo_export(store, store.tie_of(assessment_id), tmp_path / "woo")
    for name in ("index.csv", "redaction.csv", *[d for d in done.documents if d.endswith(".csv")]):
        cells = _cells((tmp_path / "woo" / name).read_bytes())
        assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")], name


@pytest.mark.parametrize(
    "second",
    [
        "f1.TXT",  # a case collision on Windows and macOS
        "caf\u00e9.txt",  # NFC beside NFD below: one name on macOS
        "a\x1b[31mred.txt",  # a terminal escape in an entry name
    ],
)
def test_a_package_holding_one_file_under_two_names_is_refused(second):
    name, content = _evidence(1)
    digest = sha256_hex(content)
    entries = {"assessment.json": b"{}", name: content, f"evidence/{digest}/{second}": content}
    if "caf" in second:
        entries[f"evidence/{digest}/cafe\u0301.txt"] = content
    with pytest.raises(PackageError) as caught:
        read_package(io.BytesIO(_package(entries)), "two.partnercheck")
    assert "two.partnercheck" in str(caught.value) and "\x1b" not in str(caught.value)


def test_a_package_with_bytes_after_its_end_is_refused():
    name, content = _evidence(1)
    raw = _package({"assessment.json": b"{}", name: content}) + b"<script>hidden</script>"
    with pytest.raises(PackageError) as caught:
        read_package(io.BytesIO(raw), "tail.partnercheck")
    assert "tail.partnercheck" in str(caught.value) and "after" in str(caught.value)


@pytest.mark.parametrize("content", [b"{}" + b"PK\x03\x04", b"[" * 100_000, b'{"format": 1'])
def test_a_refused_file_creates_no_database(tmp_path, capsys, content):
    from partnercheck.cli import main

    incoming, db = tmp_path / "in.json", tmp_path / "new.sqlite3"
    incoming.write_bytes(content)
    assert main(["import", "--db", str(db), str(incoming)]) == 2
    assert str(incoming) in capsys.readouterr().err
    assert not db.exists()


def test_a_bulk_import_refusing_every_file_creates_no_database(tmp_path, capsys, new_assessment):
    from partnercheck.cli import main
    from partnercheck.domain.interchange import dumps

    bad, fine, db = tmp_path / "bad.json", tmp_path / "fine.json", tmp_path / "new.sqlite3"
    bad.write_text("{", encoding="utf-8")
    assert main(["import", "--db", str(db), str(bad), str(bad)]) == 2
    assert str(bad) in capsys.readouterr().err and not db.exists()
    # One good file after a bad one: the database is made for it, the bad one still reported.
    fine.write_text(dumps(new_assessment), encoding="utf-8")
    assert main(["import", "--db", str(db), str(bad), str(fine)]) == 2
    out, err = capsys.readouterr()
    assert "Imported fine.json as assessment 1" in out and str(bad) in err and "Imported 1 of 2 files" in err


def test_attach_names_a_folder_as_not_a_file(run, store, new_assessment, library, tmp_path):
    assessment_id = store.create(new_assessment)
    code, _, err = run("attach", str(assessment_id), library.active.questions[0].id, str(tmp_path))
    assert code == 2 and str(tmp_path) in err and "not a regular file" in err


@pytest.mark.parametrize("in_the_way", ["register.sqlite3", "metadata.json"])
def test_publish_with_a_folder_in_the_way_writes_nothing(run, store, tmp_path, in_the_way):
    out = tmp_path / "site"
    (out / in_the_way).mkdir(parents=True)
    code, _, err = run("publish", "--out", str(out / "register.sqlite3"))
    assert code == 2 and str(out / in_the_way) in err
    assert sorted(p.name for p in out.iterdir()) == [in_the_way]  # no register, no partial file


def test_a_woo_export_that_fails_half_way_leaves_nothing(store, new_assessment, tmp_path, monkeypatch):
    from partnercheck.services import reports
    from partnercheck.services.woo import woo_export

    for _ in range(2):
        store.create(new_assessment)
    calls = []

    def report_then_full_disk(*args, **kwargs):  # the second report meets a full disk
        calls.append(1)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return b"%PDF-1.4 first"

    monkeypatch.setattr(reports, "make_report", report_then_full_disk)
    with pytest.raises(OSError):
        woo_export(store, store.list_ties()[0].id, tmp_path / "woo")
    assert not [x for x in tmp_path.iterdir() if x.name.startswith((".woo", "woo"))]


@pytest.mark.parametrize("point", ["/mnt/a\\089b", "/mnt/a\\\u00b2\u00b2\u00b2b"])
def test_a_mountinfo_line_with_a_backslash_that_is_no_octal_escape_does_not_crash(point):
    from partnercheck.store.network import mount_type

    info = f"36 35 98:0 / {point} rw,noatime master:1 - cifs //server/share rw\n"
    assert mount_type(info, point + "/partnercheck.sqlite3") == "cifs"


def test_a_package_whose_document_lies_about_a_file_size_is_refused(store, new_assessment, library, tmp_path):
    from partnercheck.services.importing import load_bytes, store_loaded
    from partnercheck.services.package import write_package

    assessment_id = store.create(new_assessment)
    (tmp_path / "besluit.pdf").write_bytes(b"%PDF besluit")
    evidence.attach_file(store, assessment_id, library.active.questions[0].id, tmp_path / "besluit.pdf")
    write_package(store, assessment_id, tmp_path / "p.partnercheck")
    with zipfile.ZipFile(tmp_path / "p.partnercheck") as zf:
        entries = {n: zf.read(n) for n in zf.namelist() if n != "manifest.json"}
    doc = json.loads(entries["assessment.json"])
    doc["evidence"][0]["size"] = 1  # the report and the list would say 1 B
    doc["uuid"] = None
    entries["assessment.json"] = json.dumps(doc).encode()
    loaded = load_bytes(_package(entries), "lie.partnercheck")
    with pytest.raises(Exception) as caught:
        store_loaded(store, loaded, "lie.partnercheck")
    assert "lie.partnercheck" in str(caught.value) and "evidence[0].size" in str(caught.value)
    assert len(store.list_summaries()) == 1
