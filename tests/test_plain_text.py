"""Control characters and text direction overrides are refused in text fields, once, by the
domain's rule (domain.plain_text): in an imported assessment or tie file (one line naming the
file and the field, exit 2, nothing written), and where the command line takes such a field.
Notes keep their line breaks and tabs."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from partnercheck.domain import plain_text
from partnercheck.domain.interchange import to_document
from partnercheck.services import assessments

SCHEMAS = Path(__file__).resolve().parent.parent / "resources" / "schemas"
ESC, RLO, LRI, NEL = "\x1b", "\u202e", "\u2066", "\x85"


def _count(db_path: Path) -> int:
    if not db_path.exists():
        return 0
    with sqlite3.connect(db_path) as conn:
        return int(conn.execute("SELECT count(*) FROM assessment").fetchone()[0])


def test_a_line_refuses_controls_and_direction_marks_and_a_text_keeps_line_breaks():
    for bad in (f"Breda{ESC}[2J", f"Breda{RLO}adreB", f"a{LRI}b", f"a{NEL}", "a\nb", "a\tb", "a\x7f"):
        assert plain_text.line_problem(bad), bad
    assert plain_text.line_problem("Gemeente 's-Hertogenbosch — 扬州市 (Zoë)") is None
    assert plain_text.text_problem("eerste regel\r\n\ttweede regel") is None
    assert "U+001B" in (plain_text.text_problem(f"notitie{ESC}") or "")
    assert "direction override (U+202E) at position 6" in (plain_text.text_problem(f"abcde{RLO}") or "")


def test_the_schemas_say_the_domains_rule():
    """Every text pattern of the schemas that refuses controls is the domain's own."""
    for name in ("interchange.schema.json", "tie.schema.json"):
        patterns = re.findall(r'"pattern": "(\^\[\^\\\\u0000[^"]*)"', (SCHEMAS / name).read_text(encoding="utf-8"))
        assert patterns, name
        found = {json.loads(f'"{p}"') for p in patterns}
        assert found <= {plain_text.LINE_PATTERN, plain_text.TEXT_PATTERN}, name


@pytest.fixture
def document(new_assessment, library):
    q = library.active.questions[0].id
    doc = to_document(new_assessment)
    doc["answers"] = {q: {"value": None, "note": "regel één\n\tregel twee"}}
    return doc


def _set(doc, path, value):
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return doc


@pytest.mark.parametrize(
    ("path", "value", "field", "char"),
    [
        (("partnership", "dutch_party"), f"Gemeente {ESC}[31mBreda", "partnership.dutch_party", "a control character (U+001B)"),
        (("partnership", "counterpart"), f"{RLO}uohzgnaY", "partnership.counterpart", "a text direction override (U+202E)"),
        (("assessor",), f"A. de Vries{LRI}", "assessor", "a text direction isolate (U+2066)"),
        (("assessor",), "A. de\nVries", "assessor", "a line break (U+000A)"),
        (("actions",), [{"text": f"Bellen{NEL}"}], "actions[0].text", "a control character (U+0085)"),
    ],
)
def test_an_assessment_file_with_a_control_character_is_refused(run, tmp_path, db_path, document, path, value, field, char):
    bad = tmp_path / "vreemd.json"
    bad.write_text(json.dumps(_set(document, path, value)), encoding="utf-8")
    before = _count(db_path)
    code, out, err = run("import", str(bad))
    assert code == 2
    line = err.strip()
    assert "\n" not in line and line.isprintable() and ESC not in line
    assert f"{bad}: {field}: contains {char} at position" in line, line
    assert _count(db_path) == before


def test_a_note_with_a_control_character_is_refused_and_one_with_tabs_imports(run, tmp_path, db_path, document, library):
    q = library.active.questions[0].id
    good = tmp_path / "goed.json"
    good.write_text(json.dumps(document), encoding="utf-8")
    assert run("import", str(good))[0] == 0
    document["uuid"] = None
    document["answers"][q]["note"] = f"regel één\n{ESC}]0;titel\x07"
    bad = tmp_path / "fout.json"
    bad.write_text(json.dumps(document), encoding="utf-8")
    before = _count(db_path)
    code, _, err = run("import", str(bad))
    assert code == 2 and f"{bad}: answers.{q}.note: contains a control character (U+001B) at position 11" in err
    assert _count(db_path) == before


@pytest.mark.parametrize(
    ("path", "value", "field"),
    [
        (("tie", "counterpart"), f"Yangzhou{RLO}", "tie.counterpart"),
        (("tie", "notes"), f"ok\n{ESC}c", "tie.notes"),
        (("tie", "agreements"), [{"title": f"Verdrag{ESC}"}], "tie.agreements[0].title"),
        (("events",), [{"date": "2025-06-01", "kind": "visit-in", "text": "Bezoek", "people": f"X{RLO}"}], "events[0].people"),
    ],
)
def test_a_tie_file_with_a_control_character_is_refused(run, store, new_assessment, tmp_path, capsys, path, value, field):
    store.create(new_assessment)
    exported = tmp_path / "band.json"
    assert run("export-tie", "1", "--out", str(exported))[0] == 0
    doc = _set(json.loads(exported.read_text(encoding="utf-8")), path, value)
    bad = tmp_path / "band-fout.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    other = tmp_path / "elders.sqlite3"
    from partnercheck.cli import main

    code = main(["import", "--db", str(other), str(bad)])
    err = capsys.readouterr().err
    assert code == 2 and f"{bad}: {field}: contains a " in err and len(err.splitlines()) == 1, err
    assert _count(other) == 0


def test_the_command_line_refuses_a_control_character_where_it_takes_a_text(run, store, new_assessment):
    store.create(new_assessment)
    code, _, err = run("event", "add", "1", "--kind", "visit-in", "--date", "2025-06-01", "--text", f"Bezoek{ESC}[2J")
    assert code == 2 and "--text: contains a control character (U+001B) at position 7" in err and "nothing was recorded" in err
    code, _, err = run("tie", "1", "--notes", f"ok{RLO}")
    assert code == 2 and "--notes: contains a text direction override (U+202E)" in err and "nothing was changed" in err
    code, _, err = run("tie", "1", "--add-agreement", f"2020-01-01 Verdrag{ESC}")
    assert code == 2 and "--agreement" in err and "U+001B" in err
    assert store.events(1) == [] and store.get_tie(1).notes == "" and store.get_tie(1).agreements == ()
    assert run("tie", "1", "--notes", "regel een\n\tregel twee")[0] == 0


def test_a_new_assessment_with_a_control_character_in_a_name_is_refused(store, partnership):
    import dataclasses

    with pytest.raises(plain_text.TextRefused, match="^dutch_party: contains a control character"):
        assessments.create(store, dataclasses.replace(partnership, dutch_party=f"Breda{ESC}"), "A. de Vries")
    with pytest.raises(plain_text.TextRefused, match="^assessor: "):
        assessments.create(store, partnership, f"A.{RLO}")
    assert store.list_summaries() == []
