"""Every argument a command takes says what it is in `--help`, in the run's language, and a
refusal of one names it in the reader's words: `partnercheck state 1 x --lang nl` says
"argument stadium", not the code's `state` (docs/cli.md#language)."""

from __future__ import annotations

import argparse
import re

import pytest

from partnercheck import catalogs
from partnercheck.cli import main
from partnercheck.cli.parser import build_parser


@pytest.fixture(autouse=True)
def _eighty_columns(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("COLUMNS", "80")


def _commands(lang: str) -> dict[str, argparse.ArgumentParser]:
    parser = build_parser(lang=lang)
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(sub.choices)


def test_every_argument_of_every_command_has_a_help_text_with_its_dutch():
    """The positional arguments (ID, FILE, TIE, the stage ...) were listed bare; an option
    without a help text is a line the reader has to guess at."""
    bare, english = [], []
    for name, command in _commands("en").items():
        for action in command._actions:
            if action.help is None:
                bare.append((name, action.dest))
            elif action.help != argparse.SUPPRESS and catalogs.translate("nl", action.help) == action.help:
                english.append((name, action.help))
    assert not bare, f"arguments without help: {bare}"
    assert not english, f"help without Dutch: {english}"


def _help(capsys, *argv: str) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as done:
        main(list(argv))
    assert done.value.code == 0
    return capsys.readouterr().out


def test_the_help_of_the_positional_arguments_in_both_languages(capsys):  # type: ignore[no-untyped-def]
    out = _help(capsys, "attach", "--help", "--lang", "en")
    assert re.search(r"\n  ID +the assessment's id, a whole number \(as 'partnercheck list'\n +shows it\)\n", out), out
    assert re.search(r"\n  QUESTION +the question's id \(partnercheck checklist lists them\)\n", out)
    assert re.search(r"\n  FILE +the file to attach\n", out)
    out = _help(capsys, "attach", "--help", "--lang", "nl")
    assert "\nargumenten:\n  ID " in out and "het nummer van de beoordeling, een geheel getal" in out
    assert re.search(r"\n  FILE +het bestand dat bijgevoegd wordt\n", out)
    out = _help(capsys, "--lang", "nl", "state", "--help")
    assert re.search(r"\n  \{draft,review,final\}  het nieuwe stadium: draft \(concept\), review \(ter\n", out), out
    out = _help(capsys, "--lang", "nl", "export-tie", "--help")
    assert re.search(r"\n  TIE +het nummer van de band \(zoals 'portfolio' het toont\)\n +of de UUID ervan\n", out), out


DUTCH_REFUSALS = {
    ("state", "1", "bogus"): "partnercheck state: fout: argument stadium: ongeldige keuze: 'bogus' (kies uit 'draft', 'review', 'final')",
    ("hold", "1", "maybe"): "partnercheck hold: fout: argument bewaarplicht: ongeldige keuze: 'maybe' (kies uit 'on', 'off')",
    ("mark", "1", "--note", "q", "secret"): (
        "partnercheck mark: fout: argument zichtbaarheid: ongeldige keuze: 'secret' (kies uit 'public', 'internal')"
    ),
    ("checklist", "remove"): "partnercheck checklist: fout: argument handeling: ongeldige keuze: 'remove' (kies uit 'install')",
    ("event", "delete", "1"): "partnercheck event: fout: argument handeling: ongeldige keuze: 'delete' (kies uit 'add')",
    ("mark", "1", "--action", "two", "public"): "partnercheck mark: fout: argument --action: geen geheel getal: 'two'",
    ("report", "abc"): "partnercheck report: fout: verplicht, maar niet opgegeven: --out",
    ("diff", "1"): "partnercheck diff: fout: verplicht, maar niet opgegeven: B",
    ("--lang", "nl", "expor", "1"): "partnercheck: fout: argument COMMAND: ongeldige keuze: 'expor' (kies uit",
}


@pytest.mark.parametrize("argv", list(DUTCH_REFUSALS))
def test_a_refused_argument_is_named_and_refused_in_dutch(capsys, argv):  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as done:
        main(["--lang", "nl", *argv])
    assert done.value.code == 2
    out, err = capsys.readouterr()
    last = err.splitlines()[-1]
    assert out == "" and err.startswith("gebruik: partnercheck") and last.startswith(DUTCH_REFUSALS[argv]), err
    # Nothing of argparse's English is left: the field names are the reader's, the rest the catalog's.
    said = re.sub(r"'[^']*'", "", last.split(": fout: ", 1)[1])  # the values and choices as typed
    for english in ("error", "invalid", "choose", "required", "expected", "unrecognized", "allowed", "state", "visibility", " action"):
        assert english not in said, (english, last)


def test_an_english_refusal_keeps_argparses_words(capsys):  # type: ignore[no-untyped-def]
    for argv, line in {
        ("hold", "1", "maybe"): "partnercheck hold: error: argument state: invalid choice: 'maybe' (choose from 'on', 'off')",
        ("mark", "1", "--note", "q", "secret"): (
            "partnercheck mark: error: argument visibility: invalid choice: 'secret' (choose from 'public', 'internal')"
        ),
    }.items():
        with pytest.raises(SystemExit):
            main(["--lang", "en", *argv])
        assert capsys.readouterr().err.splitlines()[-1] == line


@pytest.mark.parametrize(
    ("lang", "said"), [("nl", "kan niet worden geschreven (bestand of map bestaat niet)"), ("en", "cannot be written (No such file or directory)")]
)
def test_the_systems_reason_is_said_in_the_runs_language(store, db_path, new_assessment, tmp_path, capsys, lang, said):  # type: ignore[no-untyped-def]
    """A Dutch run said `kan niet worden geschreven (No such file or directory)`: the system's
    commonest reasons are in the catalog by their errno; an English run keeps the system's words."""
    assessment_id = store.create(new_assessment)
    store.close()
    target = tmp_path / "missing" / "out.json"
    capsys.readouterr()
    assert main(["export", str(assessment_id), "--db", str(db_path), "--out", str(target), "--lang", lang]) == 2
    assert capsys.readouterr().err.splitlines()[-1] == f"partnercheck export: {target}: {said}"
    assert not target.parent.exists()
    assert main(["export", str(assessment_id), "--db", str(db_path), "--passphrase-file", str(tmp_path / "gone"), "--lang", lang]) == 2
    assert capsys.readouterr().err.splitlines()[-1].endswith(said.replace("geschreven", "gelezen").replace("written", "read"))


def test_every_system_reason_has_its_dutch():
    from partnercheck.cli.words import SYSTEM_REASONS

    assert all(catalogs.translate("nl", text) != text for text in SYSTEM_REASONS.values())


@pytest.mark.parametrize("command", ["export", "export-tie"])
def test_an_empty_out_is_refused_not_taken_for_standard_output(store, db_path, new_assessment, capsys, command):  # type: ignore[no-untyped-def]
    """`--out "$FILE"` with FILE unset wrote the file to the terminal and exit 0: the officer
    believed it written. Refused, naming the option, in both languages; nothing written."""
    assessment_id = store.create(new_assessment)
    target = str(assessment_id if command == "export" else store.tie_of(assessment_id))
    store.close()
    capsys.readouterr()
    for lang, line in (
        ("en", "--out '': give the name of the file to write (leave --out out for standard output)"),
        ("nl", "--out '': geef de naam van het bestand dat geschreven moet worden (laat --out weg voor de standaarduitvoer)"),
    ):
        assert main([command, target, "--db", str(db_path), "--out", "", "--lang", lang]) == 2
        out, err = capsys.readouterr()
        assert out == "" and err.splitlines()[-1] == f"partnercheck {command}: {line}"
