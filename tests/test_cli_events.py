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
    code, out, _ = run("events", "1", "--json", "--lang", "nl")
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
        "    2  12/10/2025  visit-out            880.00  travel       Handelsmissie",
        "    1  01/03/2026  gift-received       1250.50  gift         Vaas, blauw",
    ]


_TOO_LARGE = "is more than PartnerCheck records as one amount (at most 999999999999.99 euros)"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--date", "2026-02-30"], "--date '2026-02-30': not a date; write YYYY-MM-DD"),
        (["--date", "1-3-2026"], "--date '1-3-2026': not a date; write YYYY-MM-DD"),
        (["--value", "1.2.3"], "--value: '1.2.3' is not an amount in euros (write 1250.50 or 1.250,50)"),
        # More than 64 bits of cents was a traceback from SQLite; thousands of digits are not read.
        (["--value", "99999999999999999"], f"--value: '99999999999999999' {_TOO_LARGE}"),
        (["--value", "9" * 5000], f"--value: '{'9' * 5000}' {_TOO_LARGE}"),
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


def _add(run, tie, kind, date, text, *extra):
    code, _, err = run("event", "add", str(tie), "--kind", kind, "--date", date, "--text", text, *extra)
    assert code == 0, err


def test_gifts_register_and_costs_per_year(run, tie, store, new_assessment):
    import dataclasses

    other = store.tie_of(
        store.create(dataclasses.replace(new_assessment, partnership=dataclasses.replace(new_assessment.partnership, counterpart="Hangzhou")))
    )
    _add(run, 1, "gift-received", "2025-05-01", "Theeservies", "--value", "300", "--disposition", "registered")
    _add(run, 1, "gift-given", "2025-06-01", "Delfts blauw bord", "--value", "95,00", "--category", "gift", "--disposition", "passed-on")
    _add(run, 1, "visit-out", "2025-06-02", "Werkbezoek", "--value", "2.400", "--category", "travel")
    _add(run, 1, "visit-in", "2026-01-10", "Ontvangst delegatie", "--value", "640,25", "--category", "hospitality")
    _add(run, 1, "visit-in", "2026-02-10", "Ambtelijk overleg", "--value", "300", "--category", "staff-time")
    _add(run, other, "gift-received", "2024-01-01", "Mondkapjes", "--people", "Wethouder")
    code, out, _ = run("gifts", "--json", "--lang", "nl")
    assert json.loads(out) == [
        {
            "tie": 1,
            "event": 1,
            "date": "2025-05-01",
            "direction": "received",
            "text": "Theeservies",
            "value": "300.00",
            "disposition": "registered",
            "disposition_label": "Geregistreerd",
            "people": "",
            "source": "",
        },
        {
            "tie": 1,
            "event": 2,
            "date": "2025-06-01",
            "direction": "given",
            "text": "Delfts blauw bord",
            "value": "95.00",
            "disposition": "passed-on",
            "disposition_label": "Doorgegeven",
            "people": "",
            "source": "",
        },
        {
            "tie": other,
            "event": 6,
            "date": "2024-01-01",
            "direction": "received",
            "text": "Mondkapjes",
            "value": None,
            "disposition": None,
            "disposition_label": None,
            "people": "Wethouder",
            "source": "",
        },
    ]
    code, out, _ = run("gifts", str(other), "--csv", "--lang", "en")
    assert out.splitlines() == [
        "tie,event,date,direction,text,value,disposition,disposition_label,people,source",
        f"{other},6,2024-01-01,received,Mondkapjes,,,,Wethouder,",
    ]
    code, out, _ = run("costs", "1", "--json")
    assert json.loads(out) == [
        {
            "tie": 1,
            "year": 2025,
            "travel": "2400.00",
            "hospitality": "0.00",
            "gift": "95.00",
            "staff-time": "0.00",
            "other": "0.00",
            "total": "2495.00",
        },
        {
            "tie": 1,
            "year": 2026,
            "travel": "0.00",
            "hospitality": "640.25",
            "gift": "0.00",
            "staff-time": "300.00",
            "other": "0.00",
            "total": "940.25",
        },
    ]
    code, out, _ = run("costs", "--csv")
    assert out.splitlines() == [
        "tie,year,travel,hospitality,gift,staff-time,other,total",
        "1,2025,2400.00,0.00,95.00,0.00,0.00,2495.00",
        "1,2026,0.00,640.25,0.00,300.00,0.00,940.25",
    ]
    code, out, _ = run("costs")
    assert out.splitlines()[0] == "  Tie  Year       travel  hospitality         gift   staff-time        other        total"
    assert out.splitlines()[1] == "    1  2025      2400.00         0.00        95.00         0.00         0.00      2495.00"
