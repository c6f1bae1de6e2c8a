"""The codes a text listing shows (a tie's status, a verdict, an event's kind, a gift's fate, a
record type, a tie's fields) in Dutch in a Dutch run, in the window's words; an English run
prints them as it always did, and JSON keeps the codes."""

from __future__ import annotations

import json

import pytest


@pytest.fixture
def tie(store, new_assessment):
    """Tie 1 (Gemeente Breda – Yangzhou, active), with one draft assessment not started."""
    store.create(new_assessment)
    return store.get_tie(1)


def _columns(line: str, heading: str, next_heading: str, header: str) -> str:
    """The text of a row under ``heading`` (up to ``next_heading``), by the header's positions."""
    return line[header.index(heading) : header.index(next_heading)].strip()


def test_list_says_status_and_verdict_in_dutch(run, tie):
    header, row = run("list", "--lang", "nl")[1].splitlines()
    assert _columns(row, "Status", "Oordeel", header) == "actief"
    assert _columns(row, "Oordeel", "Klaar", header) == "niet begonnen"  # as wide as it needs
    header, row = run("list", "--lang", "en")[1].splitlines()
    assert row.split()[4:6] == ["active", "not-started"]
    assert json.loads(run("list", "--json")[1])[0]["verdict"] == "not-started"


def test_portfolio_says_the_verdict_in_dutch(run, tie):
    header, row = run("portfolio", "--lang", "nl")[1].splitlines()
    assert _columns(row, "Oordeel", "Beoordeeld", header) == "niet begonnen"
    assert "not-started" in run("portfolio", "--lang", "en")[1]


def test_events_and_gifts_in_the_readers_words(run, tie):
    assert (
        run(
            "event",
            "add",
            "1",
            "--kind",
            "gift-received",
            "--date",
            "2026-03-01",
            "--text",
            "Vaas",
            "--value",
            "1250,50",
            "--category",
            "gift",
            "--disposition",
            "passed-on",
        )[0]
        == 0
    )
    assert run("event", "add", "1", "--kind", "embassy-contact", "--date", "2026-03-02", "--text", "Gesprek")[0] == 0
    out = run("events", "1", "--lang", "nl")[1].splitlines()
    assert "  Geschenk of hulp ontvangen  " in out[1] and "  1.250,50  Geschenken  " in out[1]
    assert "  Contact door ambassade of consulaat  " in out[2]
    header, row = run("gifts", "--lang", "nl")[1].splitlines()
    assert row.split()[2:6] == ["ontvangen", "1.250,50", "Doorgegeven", "Vaas"]
    assert header.split() == ["Band", "Datum", "Richting", "Waarde", "Bestemming", "Geschenk"]
    english = run("gifts", "--lang", "en")[1].splitlines()[1]
    assert english.split()[2:6] == ["received", "1250.50", "passed-on", "Vaas"]
    assert "gift-received" in run("events", "1", "--lang", "en")[1]
    assert json.loads(run("events", "1", "--json")[1])[0]["kind"] == "gift-received"


def test_events_columns_line_up_in_dutch(run, tie):
    for kind, text in (("embassy-contact", "Eerste"), ("visit-out", "Tweede")):
        assert run("event", "add", "1", "--kind", kind, "--date", "2026-03-01", "--text", text, "--value", "80")[0] == 0
    first, second = run("events", "1", "--lang", "nl")[1].splitlines()[1:]
    assert first.index("Eerste") == second.index("Tweede")  # the longest kind sets the column
    assert first.index("80,00") == second.index("80,00")


def test_tie_names_its_fields_and_codes_in_dutch(run, tie):
    out = run("tie", "1", "--status", "dormant", "--since", "2001", "--lang", "nl")[1]
    assert out == "Band 1 (Gemeente Breda – Yangzhou): gewijzigd: sinds (jaar), status\n"
    shown = run("tie", "1", "--lang", "nl")[1]
    assert "status:                   slapend\n" in shown
    assert "soort Nederlandse partij: gemeente\n" in shown and "soort Chinese partij:     stad\n" in shown
    english = run("tie", "1", "--status", "active", "--since", "2002", "--lang", "en")[1]
    assert english == "Tie 1 (Gemeente Breda – Yangzhou): changed since, status\n"
    assert json.loads(run("tie", "1", "--json")[1])["status"] == "active"


def test_retention_names_record_types_in_dutch(run, tie):
    out = run("retention", "--lang", "nl")[1].splitlines()
    assert out[:2] == ["vastgesteld: geen termijn ingesteld: bewaard", "ter toetsing: geen termijn ingesteld: bewaard"]
    assert run("retention", "--lang", "en")[1].splitlines()[:2] == ["final: no period set: kept", "review: no period set: kept"]


def test_costs_in_dutch_words_and_amounts(run, tie):
    assert (
        run("event", "add", "1", "--kind", "visit-out", "--date", "2026-03-01", "--text", "Reis", "--value", "1200,50", "--category", "staff-time")[0]
        == 0
    )
    header, row = run("costs", "--lang", "nl")[1].splitlines()
    assert header.split() == ["Band", "Jaar", "Reizen", "Ontvangst", "Geschenken", "Ambtelijke", "inzet", "Overig", "Totaal"]
    assert row.split() == ["1", "2026", "0,00", "0,00", "0,00", "1.200,50", "0,00", "1.200,50"]
    assert header.index("inzet") + len("inzet") == row.index("1.200,50") + len("1.200,50")  # right-aligned under its heading
    header, row = run("costs", "--lang", "en")[1].splitlines()
    assert header.split()[2:] == ["travel", "hospitality", "gift", "staff-time", "other", "total"]
    assert row.split()[5] == "1200.50"
