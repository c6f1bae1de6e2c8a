"""The installed commands: ``partnercheck`` (the command line; the window without a command)
and ``partnercheck-gui`` (the window only), as pyproject.toml declares them."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from partnercheck import __version__
from partnercheck.app import WindowUsageError, parse_window_args
from partnercheck.cli import main

PYPROJECT = tomllib.loads((Path(__file__).resolve().parent.parent / "pyproject.toml").read_text(encoding="utf-8"))


def test_pyproject_declares_both_commands():
    assert PYPROJECT["project"]["scripts"] == {"partnercheck": "partnercheck.cli:main"}
    assert PYPROJECT["project"]["gui-scripts"] == {"partnercheck-gui": "partnercheck.app:main"}
    assert PYPROJECT["project"]["version"] == __version__


def _run(entry: str, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Run an entry point ("module:function") as its installed script would."""
    module, function = entry.split(":")
    code = f"import sys; from {module} import {function}; sys.exit({function}())"
    full_env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **env)
    return subprocess.run([sys.executable, "-c", code, *args], env=full_env, capture_output=True, text=True, timeout=60)


CLI = PYPROJECT["project"]["scripts"]["partnercheck"]
GUI = PYPROJECT["project"]["gui-scripts"]["partnercheck-gui"]


@pytest.mark.parametrize("flag", ["-V", "--version"])
def test_version(flag, capsys):
    assert main([flag]) == 0
    assert capsys.readouterr().out == f"PartnerCheck {__version__}\n"
    from partnercheck.app import main as window_main

    assert window_main([flag]) == 0
    assert capsys.readouterr().out == f"PartnerCheck {__version__}\n"


def test_window_options():
    assert parse_window_args([]) == (None, False, False, [])
    assert parse_window_args(["--db", "a.sqlite3"]) == ("a.sqlite3", False, False, [])
    assert parse_window_args(["--db=a.sqlite3", "--", "-style", "fusion"]) == ("a.sqlite3", False, False, ["-style", "fusion"])
    assert parse_window_args(["--", "--db", "x"]) == (None, False, False, ["--db", "x"])  # after --: Qt's
    for bad in (["--db"], ["--db", "--"], ["--db="], ["-style", "fusion"], ["list"]):
        with pytest.raises(WindowUsageError):
            parse_window_args(bad)


def test_gui_help_and_bad_option(capsys):
    from partnercheck.app import main as window_main

    assert window_main(["--help"]) == 0
    assert "--db FILE" in capsys.readouterr().out
    assert window_main(["-style", "fusion"]) == 2
    err = capsys.readouterr().err
    assert "unknown option '-style'" in err and "after --" in err


def test_a_command_is_not_the_window(tmp_path, capsys):
    assert main(["list", "--db", str(tmp_path / "c.sqlite3")]) == 0
    assert "No assessments" in capsys.readouterr().out  # the command answered; no window
    assert not (tmp_path / "c.sqlite3").exists(), "a reading command creates no database"


@pytest.mark.slow  # a process of its own
@pytest.mark.parametrize(
    ("entry", "args"),
    [
        (CLI, ["--db", "{db}"]),
        (CLI, ["--db={db}", "--", "-platform", "offscreen"]),
        (GUI, ["--db", "{db}"]),
        (GUI, ["--db", "{db}", "--", "-platform", "offscreen"]),
    ],
)
def test_the_window_opens_the_database_given(entry, args, tmp_path):
    db = tmp_path / "given.sqlite3"
    result = _run(
        entry,
        *[a.format(db=db) for a in args],
        PARTNERCHECK_DB=str(tmp_path / "not-this-one.sqlite3"),  # --db wins over the environment
        PARTNERCHECK_SETTINGS=str(tmp_path / "s.ini"),
        PARTNERCHECK_STARTUP_MARK="exit",
    )
    assert result.returncode == 0, result.stderr
    assert "PARTNERCHECK_SHOWN" in result.stdout
    assert db.exists() and not (tmp_path / "not-this-one.sqlite3").exists()
