"""Text from a file someone else made reaches the officer's terminal and the council's
spreadsheet: a party name with terminal escape sequences (clear the screen, set the window
title, write the clipboard) is shown escaped on a terminal, and a control character does not
stop the spreadsheet from being written."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys

import pytest

HOSTILE = "Wuxi\x1b[2J\x1b]0;pwned\x07\r\u202e"


def _hostile(store, new_assessment):  # type: ignore[no-untyped-def]
    partnership = dataclasses.replace(new_assessment.partnership, counterpart=HOSTILE)
    return store.create(dataclasses.replace(new_assessment, partnership=partnership))


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal is POSIX")
@pytest.mark.parametrize("command", [["list"], ["portfolio"], ["score", "1"]])
def test_escape_sequences_in_data_are_shown_escaped_on_a_terminal(store, new_assessment, db_path, command):  # type: ignore[no-untyped-def]
    _hostile(store, new_assessment)
    store.close()
    main, secondary = os.openpty()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run(
        [sys.executable, "-m", "partnercheck", *command, "--db", str(db_path)], stdout=secondary, stderr=subprocess.PIPE, env=env, timeout=120
    )
    os.close(secondary)
    chunks = []
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(main)
    shown = b"".join(chunks).decode("utf-8", "replace")
    assert done.returncode == 0, done.stderr
    assert "\x1b" not in shown and "\x07" not in shown and "\u202e" not in shown
    if command != ["score", "1"]:
        assert "Wuxi\\x1b[2J" in shown


def test_piped_output_is_left_as_it_is(run, store, new_assessment):  # type: ignore[no-untyped-def]
    _hostile(store, new_assessment)
    code, out, _ = run("list")
    assert code == 0 and HOSTILE.split("\r")[0] in out  # a script reads the bytes stored


def test_a_control_character_does_not_stop_the_spreadsheet(run, store, new_assessment, tmp_path):  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    _hostile(store, new_assessment)
    target = tmp_path / "portefeuille.xlsx"
    code, _, err = run("portfolio", "--xlsx", str(target))
    assert code == 0, err
    values = [c.value for row in load_workbook(target).active.iter_rows() for c in row]
    assert any(isinstance(v, str) and v.startswith("Wuxi\\x1b[2J") for v in values), values
