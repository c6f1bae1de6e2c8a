"""``partnercheck-gui --help`` and its refusals of an argument in the run's language, chosen
as the command line chooses it without --lang: $PARTNERCHECK_LANG, else the system's locale
(docs/cli.md#language); English as it always was; a plain start loads none of it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from partnercheck.app import main as window_main

ENGLISH_USAGE = """usage: partnercheck-gui [--db FILE] [-V | --version] [-- QT_OPTIONS...]

Opens the PartnerCheck window.

  --db FILE       the database to open (default: $PARTNERCHECK_DB, else the one opened
                  last time, else the user's own database)
  -V, --version   print the version and exit
  -h, --help      print this help and exit
  -- OPTIONS      everything after -- goes to Qt (e.g. -- -platform offscreen)
"""


@pytest.fixture
def language(monkeypatch):  # type: ignore[no-untyped-def]
    """Sets the environment the language is read from: ``language("nl")`` or a locale."""
    for name in ("PARTNERCHECK_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)

    def choose(chosen: str = "", locale: str = "") -> None:
        if chosen:
            monkeypatch.setenv("PARTNERCHECK_LANG", chosen)
        if locale:
            monkeypatch.setenv("LANG", locale)

    return choose


def test_english_help_and_refusals_are_as_they_were(language, capsys):  # type: ignore[no-untyped-def]
    language("en", "nl_NL.UTF-8")  # $PARTNERCHECK_LANG wins over the locale
    assert window_main(["--help"]) == 0
    assert capsys.readouterr().out == ENGLISH_USAGE + "\n"
    assert window_main(["-style", "fusion"]) == 2
    assert capsys.readouterr().err == f"partnercheck-gui: unknown option '-style' (Qt's own options go after --)\n{ENGLISH_USAGE}\n"
    assert window_main(["--db"]) == 2
    assert capsys.readouterr().err == f"partnercheck-gui: --db needs a FILE\n{ENGLISH_USAGE}\n"


def test_dutch_help_and_refusals_from_the_environment(language, capsys):  # type: ignore[no-untyped-def]
    language("nl", "en_GB.UTF-8")
    assert window_main(["-h"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("gebruik: partnercheck-gui [--db FILE]")
    assert "Opent het venster van PartnerCheck." in out and "deze hulptekst tonen en stoppen" in out
    assert "the database" not in out
    assert window_main(["list"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("partnercheck-gui: onbekende optie 'list' (opties voor Qt zelf komen na --)\ngebruik: ")
    assert window_main(["--db="]) == 2
    assert capsys.readouterr().err.startswith("partnercheck-gui: --db heeft een FILE nodig")


def test_the_system_locale_chooses_when_nothing_else_does(language, capsys):  # type: ignore[no-untyped-def]
    language(locale="nl_BE.UTF-8")
    assert window_main(["--help"]) == 0
    assert capsys.readouterr().out.startswith("gebruik: ")
    os.environ["LANG"] = "de_DE.UTF-8"  # restored by monkeypatch
    assert window_main(["--help"]) == 0
    assert capsys.readouterr().out == ENGLISH_USAGE + "\n"


@pytest.mark.slow  # a process of its own
def test_a_plain_start_loads_none_of_the_help_words(tmp_path):  # type: ignore[no-untyped-def]
    script = textwrap.dedent(
        """
        import sys
        from partnercheck.app import main
        status = main(["--db", sys.argv[1]])
        print("STATUS", status, "LOADED", [m for m in ("partnercheck.window_words", "partnercheck.cli.words") if m in sys.modules])
        """
    )
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PARTNERCHECK_SETTINGS=str(tmp_path / "s.ini"),
        PARTNERCHECK_STARTUP_MARK="exit",
        PARTNERCHECK_LANG="nl",
    )
    result = subprocess.run([sys.executable, "-c", script, str(tmp_path / "s.sqlite3")], env=env, capture_output=True, text=True, timeout=60)
    assert "STATUS 0 LOADED []" in result.stdout, result.stderr
    # ...and the help, in Dutch, loads no Qt
    script = "import sys\nfrom partnercheck.app import main\nmain(['--help'])\nprint('QT', 'PySide6' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert result.stdout.startswith("gebruik: ") and result.stdout.endswith("QT False\n"), result.stderr
