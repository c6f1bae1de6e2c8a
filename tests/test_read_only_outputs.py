"""A report or export written over a file its owner made read-only (``chmod 444``; on Windows
the read-only attribute). The atomic write renames a new file over the target, which needs only
the folder's permission: the file was replaced silently, even for an ordinary user. Now it is
kept: one message naming the file, in Dutch and English, exit status 2, nothing written.

These tests run as root in CI too: root may write any file, so "read-only" is the file's mode
bits (services.files.is_read_only), as the user who set them means it, not ``os.access``."""

from __future__ import annotations

import os
import stat

import pytest

from partnercheck.services.files import ReadOnlyFile, check_replaceable, write_atomically

OLD = b"kept as it was\n"


def _read_only(path, content=OLD):  # type: ignore[no-untyped-def]
    path.write_bytes(content)
    path.chmod(0o444)
    return path


@pytest.mark.parametrize(
    ("command", "name"),
    [
        (("export", "{id}", "--out"), "out.json"),
        (("report", "{id}", "--out"), "out.pdf"),
        (("package", "{id}", "--no-encrypt", "--out"), "out.partnercheck"),
        (("export-tie", "1", "--out"), "tie.json"),
        (("portfolio", "--xlsx"), "portfolio.xlsx"),
        (("destruction-list", "--out"), "list.csv"),
    ],
)
def test_a_read_only_file_is_not_replaced_by_an_output(run, store, new_assessment, tmp_path, command, name):  # type: ignore[no-untyped-def]
    assessment_id = str(store.create(new_assessment))
    target = _read_only(tmp_path / name)
    code, _, err = run(*[a.replace("{id}", assessment_id) for a in command], str(target))
    assert code == 2 and f"{target}: cannot be written (is read-only; choose another name)" in err, err
    assert target.read_bytes() == OLD and stat.S_IMODE(target.stat().st_mode) == 0o444
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")) == []  # nothing half-written beside it


def test_the_refusal_is_in_dutch_for_a_dutch_run(db_path, store, new_assessment, tmp_path, capsys):  # type: ignore[no-untyped-def]
    from partnercheck.cli import main

    target = _read_only(tmp_path / "advies.pdf")
    assert main(["--lang", "nl", "report", str(store.create(new_assessment)), "--out", str(target), "--db", str(db_path)]) == 2
    assert f"{target}: kan niet worden geschreven (is alleen-lezen; kies een andere naam)" in capsys.readouterr().err
    assert target.read_bytes() == OLD


def test_a_writable_file_is_still_replaced_and_keeps_its_mode(tmp_path):  # type: ignore[no-untyped-def]
    target = tmp_path / "out.json"
    target.write_bytes(OLD)
    target.chmod(0o640)
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new" and stat.S_IMODE(target.stat().st_mode) == 0o640


@pytest.mark.parametrize("mode", [0o444, 0o400, 0o000])
def test_every_mode_without_a_write_bit_is_read_only(tmp_path, mode):  # type: ignore[no-untyped-def]
    target = _read_only(tmp_path / "out.json")
    target.chmod(mode)
    with pytest.raises(ReadOnlyFile) as caught:
        check_replaceable(target)
    assert caught.value.filename == str(target)
    target.chmod(0o600)
    assert target.read_bytes() == OLD


def _final_and_approved(run, store, new_assessment, library):  # type: ignore[no-untyped-def]
    from partnercheck.domain.assessment import Answer, AssessmentState
    from partnercheck.services import assessments

    assessment_id = store.create(new_assessment)
    for q in library.active.questions:
        store.save_answer(assessment_id, q.id, Answer(min(q.options, key=lambda o: o.risk).value))
    assessments.change_state(store, assessment_id, AssessmentState.REVIEW)
    assessments.change_state(store, assessment_id, AssessmentState.FINAL, by="B. Baas")
    assert run("approve-publication", str(assessment_id), "--by", "M. Burgemeester", "--note", "Gewogen")[0] == 0


def test_the_register_replaces_its_own_read_only_file_but_no_one_elses(run, store, new_assessment, library, tmp_path):  # type: ignore[no-untyped-def]
    """PartnerCheck writes the register read-only itself and replaces it on the next
    publication; a read-only file of someone else's at that name, or a read-only
    metadata.json, is kept even with --force (which overrides "not ours", not read-only)."""
    _final_and_approved(run, store, new_assessment, library)
    site = tmp_path / "site"
    site.mkdir()
    register = site / "register.sqlite3"
    assert run("publish", "--out", str(register))[0] == 0
    assert not os.stat(register).st_mode & 0o222
    code, _, err = run("publish", "--out", str(register))
    assert code == 0, err

    meta = site / "metadata.json"
    meta.chmod(0o444)
    before = meta.read_bytes()
    code, _, err = run("publish", "--out", str(register), "--force")
    assert code == 2 and str(meta) in err and "read-only" in err, err
    assert meta.read_bytes() == before

    theirs = _read_only(tmp_path / "theirs.sqlite3")
    code, _, err = run("publish", "--out", str(theirs), "--force")
    assert code == 2 and str(theirs) in err and "read-only" in err, err
    assert theirs.read_bytes() == OLD


@pytest.mark.parametrize(
    "command",
    [
        ("report", "{id}", "--out"),
        ("report", "{id}", "--format", "docx", "--out"),
        ("export", "{id}", "--out"),
        ("export-tie", "1", "--out"),
        ("package", "{id}", "--no-encrypt", "--out"),
    ],
)
def test_a_read_only_target_is_refused_before_the_work(run, store, new_assessment, tmp_path, command):  # type: ignore[no-untyped-def]
    """The target is checked first: the report is not rendered (seconds for a long one) only to
    be refused, and export says no note on personal data about a file it then does not write.
    The refusal is the only line, and it comes even for an assessment the database lacks (so
    nothing was read or rendered)."""
    store.create(new_assessment)
    target = _read_only(tmp_path / "out.bin")
    for assessment in ("1", "999"):
        code, out, err = run(*[a.replace("{id}", assessment) for a in command], str(target))
        refusal = f"partnercheck {command[0]}: {target}: cannot be written (is read-only; choose another name)"
        assert code == 2 and out == "" and err.splitlines() == [refusal], err
    assert target.read_bytes() == OLD


@pytest.mark.parametrize("kind", ["folder", "link", "pipe"])
def test_a_package_target_that_is_no_file_is_refused_before_the_database_is_opened(run, tmp_path, db_path, kind):  # type: ignore[no-untyped-def]
    """package checks --out as report and export do: a folder, a link or a named pipe is the only
    line on stderr, and the database is not even opened (none exists here: no "not found" line)."""
    if kind == "pipe" and not hasattr(os, "mkfifo"):
        pytest.skip("named pipes are POSIX")
    target = tmp_path / "out.partnercheck"
    if kind == "folder":
        target.mkdir()
    elif kind == "link":
        (tmp_path / "elsewhere.partnercheck").write_bytes(OLD)
        target.symlink_to(tmp_path / "elsewhere.partnercheck")
    else:
        os.mkfifo(target)
    assert not db_path.exists()
    code, out, err = run("package", "1", "--no-encrypt", "--out", str(target))
    assert code == 2 and out == "", err
    assert len(err.splitlines()) == 1 and err.startswith(f"partnercheck package: {target}: cannot be written ("), err
    assert not db_path.exists()
