"""One way to say things outside the window (issue 10): the gettext catalog.

Every text the code hands to the catalog has Dutch; plurals have both forms in both languages;
the committed .mo is exactly the compiled .po; a converted module keeps no nl/en dictionary of
its own; and the catalog is what the report reads at run time.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import pytest

from partnercheck import catalogs

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import catalogs as tool  # noqa: E402  (tools/catalogs.py: the same functions `update`/`compile`/`check` use)

# Modules whose reader-facing texts live in the catalog now: no {"nl": …, "en": …} tables.
CONVERTED = [
    "report/texts.py",
    "report/layout.py",
    "report/word.py",
    "report/document.py",
    "report/summary.py",
    "report/brief.py",
    "report/closing.py",
    "report/findings.py",
    "report/variants.py",
    "report/evidence_annex.py",
    "report/fonts.py",
    "report/registers_section.py",
    "report/portfolio_report.py",
    "report/destruction_list.py",
    "services/spreadsheet.py",
    "services/reports.py",
    "domain/publication.py",
    "domain/advice.py",
    "domain/upgrade.py",
    "domain/events.py",
    "domain/levels.py",
    "domain/review.py",
    "domain/tie_history.py",
    "report/counts.py",
    # The command line: tests/test_cli_language.py also holds these to no English message of
    # their own (CONVERTED_CLI there).
    "cli/__init__.py",
    "cli/bulk.py",
    "cli/common.py",
    "cli/explain.py",
    "cli/runner.py",
    "cli/words.py",
    "cli/commands_files.py",
    "cli/commands_read.py",
    "cli/commands_records.py",
    "cli/commands_portfolio.py",
    "cli/commands_signoff.py",
    "cli/commands_audiences.py",
    "cli/commands_evidence.py",
    "cli/commands_ties.py",
    "cli/commands_tie_record.py",
    "cli/parser.py",  # the help (tests/test_cli_help_language.py)
    "cli/parser_words.py",
]


def _placeholders(text: str) -> set[str]:
    return set(re.findall(r"\{(\w*)\}", text))


def test_the_committed_mo_is_the_compiled_po():
    for lang in tool.TRANSLATED:
        assert catalogs.catalog_file(lang) == tool.mo_file(lang)
        assert tool.mo_file(lang).read_bytes() == tool.mo_bytes(tool.read(lang)), "run: python tools/catalogs.py compile"


def test_every_text_in_the_code_is_in_the_catalog_and_nothing_else():
    assert tool.problems() == [], "run: python tools/catalogs.py update (then translate, then compile)"


def test_the_code_hands_the_catalog_its_texts():
    """The extraction finds what the report uses, plural pairs and contexts included."""
    found = tool.extracted()
    assert found.get("Advice report") is not None and found.get("Verdict") is not None
    counted = found.get("{n} unanswered question")
    assert counted is not None and counted.id[1] == "{n} unanswered questions"
    assert found.get("not recorded") is not None and found.get("not recorded", context="empty field") is not None


@pytest.mark.parametrize("lang", tool.TRANSLATED)
def test_every_entry_is_translated_with_its_placeholders(lang):
    catalog = tool.read(lang)
    assert catalog.plural_forms == "nplurals=2; plural=(n != 1);"
    problems = []
    for message in catalog:
        if not message.id:
            continue
        ids = list(message.id) if isinstance(message.id, tuple) else [message.id]
        strings = list(message.string) if isinstance(message.string, tuple) else [message.string]
        if message.fuzzy:
            problems.append(f"fuzzy (check the Dutch, then remove the flag): {ids[0]!r}")
        if len(ids) == 2 and (len(strings) != 2 or not ids[1]):
            problems.append(f"a plural without both forms: {ids[0]!r}")
        for i, text in enumerate(strings):
            if not text.strip():
                problems.append(f"no {lang}: {ids[0]!r}")
            elif _placeholders(text) != _placeholders(ids[min(i, len(ids) - 1)]):
                problems.append(f"other placeholders in {text!r} than in {ids[0]!r}")
    assert not problems, "\n".join(problems)


def test_dutch_and_english_at_run_time():
    assert catalogs.translate("nl", "Verdict") == "Oordeel" and catalogs.translate("en", "Verdict") == "Verdict"
    assert catalogs.translate("nl", "Assessment {id}", id=41) == "Beoordeling 41"
    one, many = (
        "{n} more measure is listed in the full advice report, under the theme {themes}.",
        "{n} more measures are listed in the full advice report, by theme: {themes}.",
    )
    assert catalogs.translate_plural("nl", one, many, 1, themes="Exit") == "Nog 1 maatregel staat in het volledige adviesrapport, bij het thema Exit."
    assert catalogs.translate_plural("nl", one, many, 4, themes="X") == "Nog 4 maatregelen staan in het volledige adviesrapport, per thema: X."
    assert catalogs.translate_plural("en", one, many, 1, themes="Exit") == "1 more measure is listed in the full advice report, under the theme Exit."
    assert catalogs.translate_plural("en", one, many, 0, themes="X") == "0 more measures are listed in the full advice report, by theme: X."
    assert catalogs.translate_in("nl", "empty field", "not recorded") == "niet ingevuld"
    assert catalogs.translate("nl", "not recorded") == "niet vastgelegd"  # the basis of an answer
    with pytest.raises(ValueError, match="unsupported language 'de'"):
        catalogs.translate("de", "Verdict")


@pytest.mark.parametrize("module", CONVERTED)
def test_a_converted_module_keeps_no_dutch_english_table(module):
    tree = ast.parse((ROOT / "src" / "partnercheck" / module).read_text(encoding="utf-8"))
    tables = [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Dict) and {"nl", "en"} <= {k.value for k in node.keys if isinstance(k, ast.Constant)}
    ]
    assert not tables, f"{module}: nl/en tables at lines {tables}; texts go into the catalog (docs/translating.md)"
