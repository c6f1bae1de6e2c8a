"""Every kind of file the import accepts has its own size limit, checked on the file's size
before a byte of it is read: an interchange or tie file (JSON), a review package, an encrypted
file. The files here are sparse (truncate), so no real gigabyte is written or read; a file read
whole would take seconds and its size in memory."""

from __future__ import annotations

import os
import time

import pytest

from partnercheck.services import importing, package, sealed


def _sparse(path, head: bytes, size: int):  # type: ignore[no-untyped-def]
    with open(path, "wb") as fh:
        fh.write(head)
        fh.truncate(size)
    return path


GIB = 1024 * 1024 * 1024


@pytest.mark.parametrize(
    ("name", "head", "size", "limit"),
    [
        ("big.json", b'{"format": "partnercheck-interchange"', 65 * 1024 * 1024, package.MAX_DOCUMENT_BYTES),
        ("tie.json", b'{"format": "partnercheck-tie"', 200 * 1024 * 1024, package.MAX_DOCUMENT_BYTES),
        ("big.partnercheck", b"PK\x03\x04", GIB + 64 * 1024 * 1024, importing.MAX_PACKAGE_FILE_BYTES),
        ("secret.partnercheck", sealed.MAGIC, GIB, sealed.MAX_SEALED_BYTES),
    ],
)
def test_a_file_over_its_kinds_limit_is_refused_before_reading(run, tmp_path, name, head, size, limit):  # type: ignore[no-untyped-def]
    path = _sparse(tmp_path / name, head, size)
    started = time.perf_counter()
    code, _, err = run("import", str(path))
    assert time.perf_counter() - started < 2, "the file was read"
    assert code == 2 and str(path) in err and str(limit // 1024 // 1024) + " MiB" in err
    assert not (tmp_path / "partnercheck.sqlite3").exists()


def test_an_encrypted_file_at_most_the_limit_is_read(tmp_path):  # type: ignore[no-untyped-def]
    path = _sparse(tmp_path / "secret.json", sealed.MAGIC, 1024)
    assert len(importing.read_file(path)) == 1024


def test_a_plain_json_file_inside_an_encrypted_one_has_the_json_limit(tmp_path):  # type: ignore[no-untyped-def]
    from partnercheck.domain.interchange_parser import InterchangeError

    with pytest.raises(InterchangeError) as caught:
        importing.load_bytes(b"{" + b" " * package.MAX_DOCUMENT_BYTES, "inner.json")
    assert "inner.json" in str(caught.value) and "64 MiB" in str(caught.value)


def test_an_encrypted_package_is_not_written_over_what_import_opens(store, new_assessment, library, tmp_path):  # type: ignore[no-untyped-def]
    assessment_id = store.create(new_assessment)
    question = library.active.questions[0].id
    for i in range(6):  # six files of 50 MB: more than an encrypted package may hold
        store.attach(assessment_id, question, f"scan{i}.bin", os.urandom(16) + bytes(50 * 1024 * 1024 - 16))
    target = tmp_path / "big.partnercheck"
    with pytest.raises(OSError) as caught:
        package.write_package(store, assessment_id, target, "correct horse battery staple")
    assert caught.value.filename == str(target) and "256 MiB" in str(caught.value)
    assert not target.exists()
