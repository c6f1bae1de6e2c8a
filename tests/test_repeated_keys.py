"""A file naming one key twice in an object is refused, naming the field: Python's JSON reader
keeps the last value, other readers (and a reviewer reading the text) the first, so one file
could say one answer to a person and another to PartnerCheck."""

from __future__ import annotations

import re

from partnercheck.cli import main
from partnercheck.domain.interchange import dumps
from partnercheck.workspace import open_store


def _stored(db_path):
    store = open_store(db_path)
    try:
        return len(store.list_summaries()), len(store.list_ties())
    finally:
        store.close()


def test_an_answer_giving_its_value_twice_is_refused_naming_the_field(store, db_path, new_assessment, library, tmp_path, capsys):
    question = library.active.questions[0]
    harmless, red_flag = question.options[0].value, question.options[-1].value
    store.close()
    text = dumps(new_assessment)
    # What a reader of the text sees first is harmless; the last value, the one Python keeps, is not.
    text = text.replace('"answers": {}', f'"answers": {{"{question.id}": {{"value": "{harmless}", "note": "", "value": "{red_flag}"}}}}')
    assert red_flag in text
    incoming = tmp_path / "twice.json"
    incoming.write_text(text, encoding="utf-8")

    code = main(["import", "--db", str(db_path), str(incoming)])

    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1, err
    assert f"Details: {incoming}: answers.{question.id}.value: is given twice in one JSON object" in err
    assert _stored(db_path) == (0, 0), "nothing was stored"


def test_a_tie_file_naming_a_key_twice_is_refused_and_stores_nothing(run, store, new_assessment, tmp_path, capsys):
    store.create(new_assessment)
    exported = tmp_path / "band.json"
    assert run("export-tie", "1", "--out", str(exported))[0] == 0
    text = exported.read_text(encoding="utf-8")
    text, n = re.subn(r'"status": "active"', '"status": "ended", "status": "active"', text, count=1)
    assert n == 1
    incoming = tmp_path / "band-twice.json"
    incoming.write_text(text, encoding="utf-8")
    other = tmp_path / "elders.sqlite3"

    code = main(["import", "--db", str(other), str(incoming)])

    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1, err
    assert ".status: is given twice in one JSON object" in err and str(incoming) in err
    assert not other.exists(), "a refused file creates no database"
