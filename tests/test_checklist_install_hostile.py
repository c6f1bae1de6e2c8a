"""``checklist install FILE`` given what is not a checklist file: a named pipe (reading it
waited for a writer for ever), TOML nested deeper than Python's recursion limit (a traceback,
exit 1). Each is one line naming the file, exit status 2, nothing installed."""

from __future__ import annotations

import os
import threading
import time

import pytest

from partnercheck.cli import main


def _installed(tmp_path):
    folder = tmp_path / "installed-checklists"  # conftest: PARTNERCHECK_CHECKLISTS
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def _write_end_comes_and_goes(pipe):
    try:
        os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))  # ENXIO when nobody reads: fine
    except OSError:
        pass


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_is_refused_at_once_not_waited_on(tmp_path, capsys):
    pipe = tmp_path / "checklist.toml"
    os.mkfifo(pipe)
    # Should the install wait on the pipe after all, a writer comes after five seconds and
    # goes at once, so the test ends (and fails) instead of hanging.
    rescue = threading.Timer(5.0, _write_end_comes_and_goes, [pipe])
    rescue.daemon = True
    rescue.start()
    started = time.monotonic()
    try:
        code = main(["checklist", "install", str(pipe)])
    finally:
        elapsed = time.monotonic() - started
        rescue.cancel()
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1, err
    assert str(pipe) in err and "not a regular file" in err
    assert elapsed < 5.0
    assert _installed(tmp_path) == []


def test_toml_nested_too_deeply_is_one_line_not_a_traceback(tmp_path, capsys):
    deep = tmp_path / "diep.toml"
    deep.write_text("a = " + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    code = main(["checklist", "install", str(deep)])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1, err
    assert f"Details: {deep}: is nested too deeply" in err
    assert _installed(tmp_path) == []
