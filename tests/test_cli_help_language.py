"""`partnercheck --help` and argparse's refusals speak the run's language (docs/cli.md#language):
a Dutch officer reads Dutch help, headings and refusals; an English run prints exactly the saved
help (tests/data/cli_help, at 80 columns: the parser's output before the help was translated,
since with a help text for every argument) and argparse's own refusals."""

from __future__ import annotations

import argparse
import ast
import re
import sys
from pathlib import Path

import pytest

from partnercheck import catalogs
from partnercheck.cli import main
from partnercheck.cli.parser import build_parser
from partnercheck.cli.parser_words import ERROR_LINE, HEADINGS, OWN_HELP, REFUSALS, USAGE_PREFIX, refusal
from partnercheck.cli.runner import COMMANDS, language_asked

ROOT = Path(__file__).resolve().parent.parent
BEFORE = ROOT / "tests" / "data" / "cli_help"


@pytest.fixture(autouse=True)
def _eighty_columns(monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")  # argparse wraps the help to the terminal's width


def _help(capsys, *argv: str) -> str:
    with pytest.raises(SystemExit) as done:
        main(list(argv))
    assert done.value.code == 0
    out, err = capsys.readouterr()
    assert err == ""
    return out


def _refused(capsys, *argv: str) -> str:
    with pytest.raises(SystemExit) as done:
        main(list(argv))
    assert done.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""
    return err


@pytest.mark.parametrize(
    ("saved", "argv"),
    [
        ("top", ["--help"]),
        ("import", ["import", "--help"]),
        ("event", ["event", "--help"]),
        ("report", ["report", "--help"]),
        ("tie", ["tie", "--help"]),
        ("review-comment", ["review-comment", "--help"]),
    ],
)
def test_the_english_help_is_what_it_was(capsys, saved, argv):
    expected = (BEFORE / f"{saved}.txt").read_text(encoding="utf-8")
    assert _help(capsys, "--lang", "en", *argv) == expected
    assert _help(capsys, *argv) == expected  # $PARTNERCHECK_LANG=en (conftest)


@pytest.mark.parametrize(
    ("saved", "argv"),
    [
        ("error-missing", ["import"]),
        ("error-choice", ["state", "1", "bogus"]),
        ("error-unknown", ["list", "--bogus"]),
        ("error-command", ["bogus"]),
    ],
)
def test_english_refusals_are_what_they_were(capsys, saved, argv):
    assert _refused(capsys, "--lang", "en", *argv) == (BEFORE / f"{saved}.txt").read_text(encoding="utf-8")


def test_the_dutch_help_of_the_program(capsys):
    out = _help(capsys, "--lang", "nl", "--help")
    assert out.startswith("gebruik: partnercheck [-h] [--version] [--lang {nl,en}] COMMAND ...\n")
    assert "\nargumenten:\n  COMMAND\n" in out and "\nopties:\n" in out
    assert "Zorgvuldigheidsonderzoek voor partnerschappen met Chinese steden en\nprovincies." in out
    assert re.search(r"\n    list +de beoordelingen tonen\n", out)
    assert re.search(r"\n  -h, --help +deze hulptekst tonen en stoppen\n", out)
    assert re.search(r"\n  --version +het versienummer van het programma tonen en stoppen\n", out)
    assert "usage" not in out and "positional arguments" not in out and "options:" not in out


@pytest.mark.parametrize(
    "argv",
    [
        ["--lang", "nl", "import", "--help"],
        ["import", "--lang", "nl", "--help"],
        ["import", "--help", "--lang=nl"],  # argparse writes the help at -h, before it reads --lang
        ["--lang", "en", "import", "--lan", "nl", "--help"],  # the command's own wins, abbreviated as argparse allows
    ],
)
def test_the_dutch_help_of_a_command(capsys, argv):
    out = _help(capsys, *argv)
    assert out.startswith("gebruik: partnercheck import [-h] [--db PATH] [--lang {nl,en}]\n")
    assert "\nargumenten:\n  FILE                  een beoordelingsbestand of een map met zulke bestanden\n" in out
    # option names and metavars stay as they are typed
    assert re.search(r"\n  --db PATH +databasebestand \(standaard: \$PARTNERCHECK_DB, anders\n", out)
    assert re.search(r"\n  --passphrase-file FILE\n +de wachtwoordzin van versleutelde bestanden, op de\n +eerste regel van FILE\n", out)
    assert "--as-new | --replace" in out and "store a copy" not in out


def test_the_help_follows_the_environment_too(capsys, monkeypatch):
    monkeypatch.setenv("PARTNERCHECK_LANG", "nl")
    assert _help(capsys, "report", "--help").startswith("gebruik: partnercheck report")
    assert _help(capsys, "--lang", "en", "report", "--help") == (BEFORE / "report.txt").read_text(encoding="utf-8")


def test_a_missing_argument_is_refused_in_dutch(capsys):
    err = _refused(capsys, "--lang", "nl", "import")
    assert err.startswith("gebruik: partnercheck import [-h]")
    assert err.endswith("\npartnercheck import: fout: verplicht, maar niet opgegeven: FILE\n")
    err = _refused(capsys, "report", "1", "--lang", "nl")
    assert err.endswith("\npartnercheck report: fout: verplicht, maar niet opgegeven: --out\n")
    err = _refused(capsys, "review-comment", "1", "theme", "--lang", "nl")
    assert err.endswith("\npartnercheck review-comment: fout: een van de argumenten --ok --change is verplicht\n")


def test_an_invalid_choice_is_refused_in_dutch(capsys, monkeypatch):
    err = _refused(capsys, "state", "1", "bogus", "--lang", "nl")
    assert err.endswith("\npartnercheck state: fout: argument stadium: ongeldige keuze: 'bogus' (kies uit 'draft', 'review', 'final')\n")
    err = _refused(capsys, "--lang", "nl", "bogus")
    assert "partnercheck: fout: argument COMMAND: ongeldige keuze: 'bogus' (kies uit 'checklist', 'list'," in err
    # --lang itself: a language we lack is refused in the default language
    monkeypatch.setenv("PARTNERCHECK_LANG", "nl")
    err = _refused(capsys, "list", "--lang", "fr")
    assert err.endswith("\npartnercheck list: fout: argument --lang: ongeldige keuze: 'fr' (kies uit 'nl', 'en')\n")


def test_other_refusals_of_argparse_in_dutch(capsys):
    said = {
        ("search", "x", "--limit", "many"): "partnercheck search: fout: argument --limit: geen geheel getal: 'many'",
        ("import", "a", "--as-new", "--replace"): "partnercheck import: fout: argument --replace: niet toegestaan samen met argument --as-new",
        ("report", "1", "--out"): "partnercheck report: fout: argument --out: hier hoort één waarde bij",
        ("list", "--json=3"): "partnercheck list: fout: argument --json: neemt geen waarde aan: '3'",
        ("search", "x", "--l", "5"): "partnercheck search: fout: optie niet eenduidig: --l past bij --lang, --limit",
        ("list", "extra"): "partnercheck: fout: niet herkende argumenten: extra",
    }
    for argv, line in said.items():
        err = _refused(capsys, "--lang", "nl", *argv)
        assert err.splitlines()[-1] == line, argv


def test_a_message_of_another_form_is_left_as_it_is():
    assert refusal("nl", "something argparse may say one day") == "something argparse may say one day"
    assert refusal("nl", "argument --x: something new") == "argument --x: something new"


@pytest.mark.parametrize(
    ("argv", "lang"),
    [
        (["import", "f.json"], None),
        (["--lang", "nl", "import", "f.json"], "nl"),
        (["--lang=nl", "list"], "nl"),
        (["--lang", "nl", "list", "--lang", "en"], "en"),  # the command's own, after it, wins
        (["list", "--la", "nl"], "nl"),
        (["list", "--lang", "fr"], None),  # argparse refuses it; the default language says so
        (["list", "--lang"], None),
        (["search", "--", "--lang", "nl"], None),  # after --: text to search for
        (["search", "--limit", "5", "--l"], None),  # --l is ambiguous there: not taken as --lang
    ],
)
def test_the_language_is_read_from_the_arguments_before_they_are_parsed(argv, lang):
    assert language_asked(argv) == lang


def test_reading_the_arguments_translates_nothing():
    """A run that prints no help and no refusal loads no catalog for them (issue 16): the
    parser keeps the English msgids and translates only what it writes."""
    catalogs.catalog.cache_clear()
    args = build_parser("import", "nl").parse_args(["import", "a.json", "--lang", "nl"])
    assert args.file == ["a.json"]
    assert catalogs.catalog.cache_info().currsize == 0


def test_no_other_argparse_speaks_dutch(capsys):
    """The translation is our parser's own: argparse's module and gettext's global state are
    untouched, so any other parser in the process still writes its own words."""
    _help(capsys, "--lang", "nl", "import", "--help")
    _refused(capsys, "--lang", "nl", "import")
    other = argparse.ArgumentParser(prog="other")
    other.add_argument("x")
    assert other.format_help().startswith("usage: other [-h] x\n\npositional arguments:\n")
    with pytest.raises(SystemExit):
        other.parse_args([])
    assert capsys.readouterr().err.endswith("other: error: the following arguments are required: x\n")


def test_every_command_has_its_whole_help_in_dutch():
    """Each command's help is written without error in Dutch (a stray % in a translation
    would break argparse's formatting), and every text in it has Dutch of its own."""
    parser = build_parser(lang="nl")
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert set(commands.choices) == set(COMMANDS)
    for name, sub in commands.choices.items():
        assert sub.format_help().startswith(f"gebruik: partnercheck {name}"), name
        for action in sub._actions:
            if action.help:
                assert catalogs.translate("nl", action.help) != action.help, (name, action.help)


def test_every_help_text_is_handed_to_the_catalog():
    """A new option's help written without N_(...) would stay English in a Dutch run."""
    tree = ast.parse((ROOT / "src" / "partnercheck" / "cli" / "parser.py").read_text(encoding="utf-8"))
    bare = [
        node.value.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.keyword) and node.arg in ("help", "description", "epilog") and isinstance(node.value, ast.Constant)
    ]
    assert not bare, f"cli/parser.py: help texts without N_ at lines {bare}"


def test_argparses_words_keep_their_fields_in_dutch():
    """The Dutch of argparse's templates has the same %-fields as the English: the refusal is
    filled in from what argparse wrote."""

    def fields(text: str) -> list[str]:
        return sorted(re.findall(r"%(?:\(\w+\))?[sr]", text))

    for template in (*REFUSALS, ERROR_LINE, USAGE_PREFIX, *HEADINGS, *OWN_HELP):
        dutch = catalogs.translate("nl", template)
        assert dutch != template or template.startswith("argument "), template
        assert fields(dutch) == fields(template), template


def test_argparses_templates_are_those_of_this_python():
    """The refusals are recognised by argparse's own templates: a Python whose argparse words
    them otherwise would leave them English. ("invalid int value" is argparse's "invalid
    %(type)s value" for an int; "maybe you meant" is Python 3.14's.)"""
    import inspect

    source = inspect.getsource(argparse)
    later = "maybe you meant" if sys.version_info < (3, 14) else "\0"
    templates = (*REFUSALS, ERROR_LINE, USAGE_PREFIX, *HEADINGS, OWN_HELP[0])
    missing = [t for t in templates if repr(t)[1:-1] not in source and "int value" not in t and later not in t]
    assert not missing
