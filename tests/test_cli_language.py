"""The command line speaks one language per run (docs/cli.md): --lang, else $PARTNERCHECK_LANG,
else a Dutch system locale, else English. A Dutch officer reads Dutch confirmations, refusals
and headings; the technical detail of a refused file stays as the schema says it; and a new
English-only message in a converted module fails here."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

from partnercheck.cli.words import default_language
from partnercheck.domain.interchange import dumps

ROOT = Path(__file__).resolve().parent.parent
CLI = ROOT / "src" / "partnercheck" / "cli"

# The command-line modules whose messages go through the catalog (cli/words.py's t and nt).
# Every module of the package: the help and argparse's refusals are translated too
# (parser.py, parser_words.py; tests/test_cli_help_language.py).
CONVERTED_CLI = [
    "__init__.py",
    "bulk.py",
    "common.py",
    "explain.py",
    "runner.py",
    "words.py",
    "commands_files.py",
    "commands_read.py",
    "commands_records.py",
    "commands_portfolio.py",
    "commands_signoff.py",
    "commands_audiences.py",
    "commands_evidence.py",
    "commands_ties.py",
    "commands_tie_record.py",
    "parser.py",
    "parser_words.py",
    "codes.py",
]


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"PARTNERCHECK_LANG": "nl", "LANG": "en_GB.UTF-8"}, "nl"),
        ({"PARTNERCHECK_LANG": "en", "LC_ALL": "nl_NL.UTF-8"}, "en"),
        ({"PARTNERCHECK_LANG": "de", "LANG": "nl_BE.UTF-8"}, "nl"),  # a language we lack: the system's
        ({"LC_ALL": "nl_NL.UTF-8", "LANG": "en_US.UTF-8"}, "nl"),
        ({"LC_ALL": "", "LC_MESSAGES": "en_GB", "LANG": "nl_NL"}, "en"),  # the first that is set wins
        ({"LANG": "nl"}, "nl"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_the_default_language(environ, expected):
    assert default_language(environ) == expected


@pytest.mark.parametrize(("langid", "dutch"), [(0x0413, True), (0x0813, True), (0x0409, False), (0x0809, False), (0x0407, False)])
def test_a_windows_display_language_of_dutch_is_recognised(langid, dutch):
    """Windows sets no LANG: a Dutch officer's PC says Dutch through its display language."""
    from partnercheck.cli.words import is_dutch_langid

    assert is_dutch_langid(langid) is dutch


def _file(tmp_path, assessment, name="beoordeling.json"):
    path = tmp_path / name
    path.write_text(dumps(assessment), encoding="utf-8")
    return path


def test_a_dutch_import_says_so_in_dutch(run, tmp_path, new_assessment):
    code, out, err = run("import", str(_file(tmp_path, new_assessment)), "--lang", "nl")
    assert (code, err) == (0, "")
    assert out == "Geïmporteerd: beoordeling.json als beoordeling 1\n"


def test_the_language_from_the_environment_and_before_the_command(run, tmp_path, new_assessment, monkeypatch, db_path):
    from partnercheck.cli import main

    monkeypatch.setenv("PARTNERCHECK_LANG", "nl")
    assert run("import", str(_file(tmp_path, new_assessment)))[1].startswith("Geïmporteerd: ")
    assert run("list", "--lang", "en")[1].startswith("   ID  Dutch party")  # the option wins
    assert main(["--lang", "en", "list", "--db", str(db_path)]) == 0  # also before the command
    assert "Dutch party" in run("list", "--lang", "en")[1]


def test_a_dutch_refusal_names_file_and_field_and_changes_nothing(run, tmp_path, new_assessment):
    assert run("import", str(_file(tmp_path, new_assessment, "eerste.json")))[0] == 0
    document = json.loads(dumps(new_assessment))
    document["partnership"]["since"] = "lang geleden"
    bad = tmp_path / "kapot.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    before = run("list", "--json")[1]

    code, out, err = run("import", str(bad), "--lang", "nl")
    assert code == 2 and out == ""
    assert err.count("\n") == 1
    lead, _, detail = err.partition(" Details: ")
    said = "‘kapot.json’ bevat gegevens die PartnerCheck niet kan aannemen. Niets is geïmporteerd; uw beoordelingen zijn ongewijzigd."
    assert lead == f"partnercheck import: {said}"
    # The detail for whoever made the file, as the schema says it.
    assert detail.startswith(f"{bad}: partnership.since: ") and "whole number" in detail
    assert run("list", "--json")[1] == before


def test_a_dutch_listing_has_dutch_headings(run, tmp_path, new_assessment):
    assert run("list", "--lang", "nl")[1].startswith("Nog geen beoordelingen.")
    run("import", str(_file(tmp_path, new_assessment)))
    heading = run("list", "--lang", "nl")[1].splitlines()[0]
    assert heading.split() == ["Nr.", "Nederlandse", "partij", "Chinese", "partner", "Status", "Oordeel", "Klaar", "Laatst", "gewijzigd"]
    assert run("list", "--lang", "en")[1].splitlines()[0].split()[:3] == ["ID", "Dutch", "party"]


def test_a_dutch_store_refusal(run, tmp_path, new_assessment):
    run("import", str(_file(tmp_path, new_assessment)))
    code, _, err = run("score", "7", "--lang", "nl")
    assert (code, err) == (2, "partnercheck score: beoordeling 7: deze beoordeling staat niet in deze database\n")
    assert run("hold", "1", "on", "--reason", "Woo-verzoek", "--lang", "nl")[1] == "Bewaarplicht op beoordeling 1 staat aan\n"


def _english_literals(node: ast.expr) -> list[str]:
    """The literal text in a message outside a call (t(...), nt(...), str(...)): words there
    reach the reader untranslated."""
    if isinstance(node, (ast.Call, ast.Compare)):  # a translated text; a comparison's operand is no text
        return []
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = re.sub(r"(?i)partnercheck( [a-z-]+:)?", "", node.value)  # the program's and a command's name
        return [node.value] if re.search(r"[A-Za-z]{2,}", text) else []
    if isinstance(node, ast.Subscript):  # row["kind"]: a key, not a text
        return _english_literals(node.value)
    found = []
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.expr) and not (isinstance(node, ast.FormattedValue) and child is node.format_spec):
            found += _english_literals(child)
    return found


def test_every_command_line_module_is_held_to_the_catalog():
    """A new module of the package is checked too, not quietly left English."""
    assert sorted(CONVERTED_CLI) == sorted(path.name for path in CLI.glob("*.py"))


@pytest.mark.parametrize("module", CONVERTED_CLI)
def test_a_converted_command_line_module_prints_no_english_of_its_own(module):
    tree = ast.parse((CLI / module).read_text(encoding="utf-8"))
    found = [
        (node.lineno, text)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("print", "UsageError", "NoDatabaseError")
        for arg in node.args
        for text in _english_literals(arg)
    ]
    assert not found, f"cli/{module}: texts outside the catalog {found}; write t('...') (docs/translating.md)"
