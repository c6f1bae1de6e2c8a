"""The window names a pipe, device or folder chosen as a file, and a file too large to read,
in its own words (and in Dutch), not with an English system text."""

from __future__ import annotations

import os

import pytest

from partnercheck.services import evidence
from partnercheck.services.files import FileTooLarge, read_regular
from partnercheck.ui.messages import describe


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_attached_from_the_window_is_named_not_waited_on(qapp, store, new_assessment, library, tmp_path):
    fifo = tmp_path / "scan.pdf"
    os.mkfifo(fifo)
    with pytest.raises(OSError) as caught:
        evidence.attach_file(store, store.create(new_assessment), library.active.questions[0].id, fifo)
    title, text = describe(caught.value)
    assert "scan.pdf" in text and "not a regular file" in text


def test_a_file_over_the_limit_is_named(qapp, tmp_path):
    big = tmp_path / "huge.json"
    big.write_bytes(b"x" * 100)
    with pytest.raises(FileTooLarge) as caught:
        read_regular(big, 10)
    title, text = describe(caught.value)
    assert "huge.json" in text and "larger than" in text


def test_an_encrypted_file_over_its_limit_is_named_with_the_limit(qapp, tmp_path):
    from partnercheck.services import importing, sealed

    big = tmp_path / "geheim.partnercheck"
    with open(big, "wb") as fh:
        fh.write(sealed.MAGIC)
        fh.truncate(sealed.MAX_SEALED_BYTES + 1)
    with pytest.raises(FileTooLarge) as caught:
        importing.read_file(big)
    title, text = describe(caught.value)
    assert "geheim.partnercheck" in text and "256 MiB" in text


def test_an_export_over_the_database_in_use_is_named_in_the_windows_words(qapp, store, tmp_path):
    from partnercheck.services.files import write_atomically

    with pytest.raises(OSError) as caught:
        write_atomically(store.path, b"{}")
    title, text = describe(caught.value)
    assert store.path.name in text and "PartnerCheck is using" in text and "is never written over" not in text


@pytest.mark.parametrize(
    ("field", "message", "lead"),
    [
        ("checklist", "is missing", "contains information PartnerCheck cannot accept"),  # a value missing, not a version we lack
        ("checklist.version", "2031.1 is not installed", "uses a checklist version this PartnerCheck does not have"),
        ("format_version", "3 is newer than 2", "made by a newer version of PartnerCheck"),
        ("format", "not a PartnerCheck file", "not a PartnerCheck assessment file"),
    ],
)
def test_the_window_and_the_command_line_tell_an_import_problem_alike(qapp, field, message, lead):
    """One rule (InterchangeError.kind) picks the lead for both; the window once called a
    missing checklist field an unknown checklist version, where the command line did not."""
    from partnercheck.cli import words
    from partnercheck.cli.explain import explained
    from partnercheck.domain.interchange import InterchangeError

    exc = InterchangeError("beoordeling.json", field, message)
    assert lead in describe(exc)[1]
    before = words.language()
    words.use("en")  # the run's language, as the runner sets it (an earlier test may have left Dutch)
    try:
        assert lead in explained("import", exc)
    finally:
        words.use(before)
