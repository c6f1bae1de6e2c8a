"""partnercheck event add / events: exact output, amounts in both notations, bad input."""

from __future__ import annotations

import json

import pytest

from partnercheck.domain.events import format_euros, parse_euros


@pytest.fixture
def tie(store, new_assessment):
    """Tie 1 (Gemeente Breda – Yangzhou), with one assessment."""
    store.create(new_assessment)
    return store.get_tie(1)


@pytest.mark.parametrize(
    ("typed", "cents"),
    [("1250.50", 125050), ("1.250,50", 125050), ("1250,5", 125050), ("1,250.50", 125050), ("€ 80", 8000), ("0.05", 5), ("1.250", 125000)],
)
def test_amounts_in_dutch_and_english_notation(typed, cents):
    assert parse_euros(typed) == cents


@pytest.mark.parametrize("typed", ["-5", "1.2.3,4", "12,3456", "1.250.50", "abc", "", "1,25,0"])
def test_what_is_not_an_amount_is_refused(typed):
    with pytest.raises(ValueError, match="not an amount"):
        parse_euros(typed)


def test_amounts_are_written_as_each_language_does():
    assert (format_euros(125050, "nl"), format_euros(125050, "en")) == ("1.250,50", "1,250.50")


def test_event_add_and_events_as_text_json_and_csv(run, tie):
    code, out, err = run(
        "event",
        "add",
        "1",
        "--kind",
        "gift-received",
        "--date",
        "2026-03-01",
        "--value",
        "1.250,50",
        "--category",
        "gift",
        "--disposition",
        "registered",
        "--people",
        "Burgemeester",
        "--text",
        "Vaas, blauw",
    )
    assert (code, out, err) == (0, "Recorded event 1 on tie 1 (Gemeente Breda – Yangzhou)\n", "")
    code, out, _ = run(
        "event",
        "add",
        tie.uuid,
        "--kind",
        "visit-out",
        "--date",
        "2025-10-12",
        "--value",
        "880",
        "--category",
        "travel",
        "--text",
        "Handelsmissie",
        "--source",
        "Raadsinformatiebrief 2025-41",
    )
    assert out == "Recorded event 2 on tie 1 (Gemeente Breda – Yangzhou)\n"
    code, out, _ = run("events", "1", "--json")
    assert code == 0
    assert json.loads(out) == [
        {
            "id": 2,
            "tie": 1,
            "date": "2025-10-12",
            "kind": "visit-out",
            "kind_label": "Bezoek naar China",
            "text": "Handelsmissie",
            "people": "",
            "value": "880.00",
            "category": "travel",
            "category_label": "Reizen",
            "disposition": None,
            "disposition_label": None,
            "source": "Raadsinformatiebrief 2025-41",
        },
        {
            "id": 1,
            "tie": 1,
            "date": "2026-03-01",
            "kind": "gift-received",
            "kind_label": "Geschenk of hulp ontvangen",
            "text": "Vaas, blauw",
            "people": "Burgemeester",
            "value": "1250.50",
            "category": "gift",
            "category_label": "Geschenken",
            "disposition": "registered",
            "disposition_label": "Geregistreerd",
            "source": "",
        },
    ]
    code, out, _ = run("events", "1", "--csv", "--lang", "en")
    assert out.splitlines() == [
        "id,tie,date,kind,kind_label,text,people,value,category,category_label,disposition,disposition_label,source",
        "2,1,2025-10-12,visit-out,Visit to China,Handelsmissie,,880.00,travel,Travel,,,Raadsinformatiebrief 2025-41",
        '1,1,2026-03-01,gift-received,Gift or aid received,"Vaas, blauw",Burgemeester,1250.50,gift,Gifts,registered,Registered,',
    ]
    code, out, _ = run("events", "1")
    assert out.splitlines() == [
        "Tie 1: Gemeente Breda – Yangzhou",
        "    2  2025-10-12  visit-out            880.00  travel       Handelsmissie",
        "    1  2026-03-01  gift-received       1250.50  gift         Vaas, blauw",
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--date", "2026-02-30"], "--date '2026-02-30': not a date; write YYYY-MM-DD"),
        (["--date", "1-3-2026"], "--date '1-3-2026': not a date; write YYYY-MM-DD"),
        (["--value", "1.2.3"], "--value: '1.2.3' is not an amount in euros (write 1250.50 or 1.250,50)"),
        (["--text", " "], "--text: an event needs a description"),
        (["--disposition", "kept"], "--disposition: only a gift has one (kind visit-in)"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_nothing_stored(run, tie, store, args, message):
    base = {"--kind": "visit-in", "--date": "2026-01-01", "--text": "Bezoek"}
    for i in range(0, len(args), 2):
        base[args[i]] = args[i + 1]
    code, out, err = run("event", "add", "1", *[x for pair in base.items() for x in pair])
    assert (code, out, err) == (2, "", f"partnercheck event: {message}\n")
    assert store.events(1) == []


def test_an_unknown_tie_is_named(run, tie):
    code, _, err = run("event", "add", "7", "--kind", "media", "--date", "2026-01-01", "--text", "x")
    assert (code, err) == (2, "partnercheck event: tie 7: no such tie in this database (see 'partnercheck portfolio')\n")
    code, _, err = run("events", "Breda")
    assert (code, err) == (2, "partnercheck events: tie Breda: no such tie in this database (see 'partnercheck portfolio')\n")


def test_an_unknown_kind_is_refused_by_the_parser(run, tie):
    with pytest.raises(SystemExit) as exc:
        run("event", "add", "1", "--kind", "banquet", "--date", "2026-01-01", "--text", "x")
    assert exc.value.code == 2
