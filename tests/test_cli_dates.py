"""The command line's text output writes dates as the window and the report do (30-11-2026 in
Dutch, 30/11/2026 in English, per --lang, else $PARTNERCHECK_LANG: English in the suite); JSON and CSV keep ISO 8601 for
the machines that read them. Through the real command line, on one database with a bit of
everything: an assessment with an answer in its history and evidence, a final one in the bin
with a retention period, a tie with a gift, a tie file, a review date."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from partnercheck.domain.assessment import Answer, AssessmentState
from partnercheck.domain.dates import format_short_date
from partnercheck.services import assessments

TODAY = dt.date.today()
ISO = re.compile(r"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)")


@pytest.fixture
def filled(store, new_assessment, library, run, tmp_path):
    """Assessment 1 (a draft with evidence and an answer), 2 (final, in the bin), tie 1 with a gift and a file."""
    draft = store.create(new_assessment)
    question = library.active.questions[0]
    store.save_answer(draft, question.id, Answer(question.options[0].value, "eerste versie"))
    final = store.create(new_assessment)
    for q in library.active.questions:
        store.save_answer(final, q.id, Answer(min(q.options, key=lambda o: o.risk).value))
    assessments.change_state(store, final, AssessmentState.REVIEW)
    assessments.change_state(store, final, AssessmentState.FINAL, by="B. Baas")
    store.delete(final)
    (tmp_path / "raadsbesluit.pdf").write_bytes(b"%PDF-1.4 besluit")
    for args in (
        ("attach", str(draft), question.id, str(tmp_path / "raadsbesluit.pdf")),
        ("attach-tie", "1", str(tmp_path / "raadsbesluit.pdf")),
        ("event", "add", "1", "--kind", "gift-received", "--date", "2026-03-01", "--text", "Vaas", "--value", "80"),
        ("retention", "--set", "final=10"),
    ):
        code, _, err = run(*args)
        assert code == 0, err
    return {"draft": draft, "final": final, "question": question.id}


def _dates(text: str, lang: str, *days: dt.date) -> None:
    """Every date in ``text`` is in the reader's form of ``lang``, and ``days`` are among them."""
    assert not ISO.search(text), f"an ISO date in text output:\n{text}"
    for day in days:
        assert format_short_date(day, lang) in text, f"{day} as {lang} not in:\n{text}"


@pytest.mark.parametrize("lang", ["nl", "en", None])
def test_text_tables_write_dates_in_the_commands_language(run, filled, lang):
    language = lang or "en"  # without --lang: $PARTNERCHECK_LANG, which tests/conftest.py sets to English
    extra = ["--lang", lang] if lang else []
    ten_years = TODAY.replace(year=TODAY.year + 10) if not (TODAY.month == 2 and TODAY.day == 29) else dt.date(TODAY.year + 10, 2, 28)
    commands = {
        ("list",): [TODAY],
        ("history", str(filled["draft"])): [TODAY],
        ("evidence", str(filled["draft"])): [TODAY],
        ("attach-tie", "1"): [TODAY],
        ("events", "1"): [dt.date(2026, 3, 1)],
        ("gifts",): [dt.date(2026, 3, 1)],
        ("portfolio",): [TODAY],
        ("bin",): [ten_years],
        ("retention",): [ten_years],
    }
    for args, days in commands.items():
        code, out, err = run(*args, *extra)
        assert code == 0, (args, err)
        _dates(out, language, *days)
    sep = "-" if language == "nl" else "/"
    code, out, _ = run("list", *extra)
    assert re.search(rf"\b\d\d{sep}\d\d{sep}\d{{4}} \d\d:\d\d$", out.splitlines()[1]), out
    code, out, _ = run("history", str(filled["draft"]), *extra)
    assert re.match(rf"\d\d{sep}\d\d{sep}\d{{4}} \d\d:\d\d:\d\d  ", out.splitlines()[0]), out


def test_due_writes_the_review_date_in_the_commands_language(run, filled):
    """A tie with an event that asks for review is due; its date as the reader writes it."""
    code, _, err = run("event", "add", "1", "--kind", "pressure", "--date", TODAY.isoformat(), "--text", "Druk op wethouder")
    assert code == 0, err
    for lang in ("nl", "en"):
        code, out, _ = run("due", "--lang", lang)
        assert code == 0 and out.strip(), out
        _dates(out, lang)
        assert re.search(r"\b\d\d[-/]\d\d[-/]\d{4}\b", out), out


def test_json_and_csv_keep_iso_dates(run, filled):
    for args in (
        ("list", "--json"),
        ("history", str(filled["draft"]), "--json"),
        ("portfolio", "--json"),
        ("events", "1", "--json"),
        ("gifts", "--csv"),
    ):
        code, out, err = run(*args, "--lang", "en")
        assert code == 0, err
        assert ISO.search(out), (args, out)
        assert not re.search(r"\b\d\d/\d\d/\d{4}\b", out), (args, out)
    events = json.loads(run("events", "1", "--json")[1])
    assert events[0]["date"] == "2026-03-01"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_dates_inside_history_values_are_written_as_the_reader_writes_them(run, filled, store, lang):
    """An event's and an agreement's date in a tie's history, an action's due date and the
    moment it went to the bin in an assessment's: the reader's form in the text, ISO in JSON.
    A date someone typed in a note stays as typed."""
    from partnercheck.domain.assessment import Action

    assert run("tie", "1", "--add-agreement", "2012-04-02 Vriendschapsverdrag")[0] == 0
    store.add_action(filled["draft"], Action("Raad informeren", due=dt.date(2027, 2, 1)))
    store.save_answer(filled["draft"], filled["question"], Answer(None, "zie besluit van 2025-06-01"))
    assert run("delete", str(filled["draft"]))[0] == 0
    code, out, err = run("tie-history", "1", "--lang", lang)
    assert code == 0, err
    _dates(out, lang, dt.date(2026, 3, 1), dt.date(2012, 4, 2))
    gift = {"nl": "Geschenk of hulp ontvangen", "en": "Gift or aid received"}[lang]  # the kind as the event list says it
    assert f"{format_short_date(dt.date(2026, 3, 1), lang)} {gift}: Vaas" in out
    code, out, err = run("history", str(filled["draft"]), "--lang", lang)
    assert code == 0, err
    assert "zie besluit van 2025-06-01" in out  # typed text: as typed
    _dates(out.replace("zie besluit van 2025-06-01", ""), lang, dt.date(2027, 2, 1), TODAY)
    entries = json.loads(run("tie-history", "1", "--json")[1])
    assert "2026-03-01 gift-received: Vaas; EUR 80.00" in [e["new"] for e in entries]
    history = json.loads(run("history", str(filled["draft"]), "--json")[1])
    assert any('"due": "2027-02-01"' in (e["new"] or "") for e in history)
