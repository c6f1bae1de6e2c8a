"""An event's amount in a history value as the reader writes euros: a Dutch reader sees
``€ 1.250,50`` (events.format_euros, as the Dutch event list and report write it), never the
stored ``EUR 1250.50``; English keeps the stored form, as the English command line prints plain
decimals; JSON keeps what is stored. In the domain, in `tie-history` and in the window's tab."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from partnercheck.domain.events import Event, EventKind
from partnercheck.domain.history_values import readable_value


@pytest.mark.parametrize(
    ("value", "nl", "en"),
    [
        (
            "2025-06-01 gift-received: Vaas; EUR 300.00",
            "01-06-2025 Geschenk of hulp ontvangen: Vaas; € 300,00",
            "01/06/2025 Gift or aid received: Vaas; EUR 300.00",
        ),
        (  # the words after the amount (a cost category) stay where they are
            "2025-06-01 visit-out: Reis; EUR 1250.50 teleport; people: Wethouder",
            "01-06-2025 Bezoek naar China: Reis; € 1.250,50 teleport; personen: Wethouder",
            "01/06/2025 Visit to China: Reis; EUR 1250.50 teleport; people: Wethouder",
        ),
        (  # an amount someone typed among the people is typed text: as typed
            "2025-06-01 visit-out: Reis; people: EUR 5.00",
            "01-06-2025 Bezoek naar China: Reis; personen: EUR 5.00",
            "01/06/2025 Visit to China: Reis; people: EUR 5.00",
        ),
    ],
)
def test_an_events_amount_in_the_readers_form(value, nl, en):  # type: ignore[no-untyped-def]
    # the labels of people/source: translated where a colleague's branch translates them
    assert readable_value("event:1", value, "nl") in (nl, nl.replace("personen:", "people:"))
    assert readable_value("event:1", value, "en") == en


def test_only_an_events_value_holds_an_amount() -> None:
    assert readable_value("agreement", "2012-04-02 Verdrag; EUR 300.00", "nl") == "02-04-2012 Verdrag; EUR 300.00"
    assert readable_value("note:q1", "x; EUR 300.00", "nl") == "x; EUR 300.00"


def test_tie_history_writes_euros_as_the_language_does(run, store, new_assessment):  # type: ignore[no-untyped-def]
    tie = store.tie_of(store.create(new_assessment))
    store.add_event(tie, Event(dt.date(2025, 6, 1), EventKind.GIFT_RECEIVED, "Vaas", value_cents=125050))
    code, out, err = run("tie-history", str(tie), "--lang", "nl")
    assert code == 0, err
    assert "Vaas; € 1.250,50" in out and "EUR" not in out
    code, out, err = run("tie-history", str(tie), "--lang", "en")
    assert code == 0 and "Vaas; EUR 1250.50" in out
    code, out, err = run("tie-history", str(tie), "--json")
    assert any(e["new"] == "2025-06-01 gift-received: Vaas; EUR 1250.50" for e in json.loads(out))  # as stored


# Values only a database edited by hand holds: each raised in the history's window tab and in
# history / tie-history, which showed "Something went wrong" or a traceback instead of the history.
_HOSTILE = [
    ("deleted", "0001-01-01T00:00:00+14:00"),  # a moment before year 1 in local time: OverflowError
    ("deleted", "9999-12-31T23:59:59-14:00"),  # after year 9999
    ("event:1", "2025-01-01 media: x; EUR " + "9" * 400 + ".50 travel"),  # too large for a float
    ("event:1", "2025-01-01 media: x; EUR " + "9" * 5000 + ".50"),  # more digits than int() reads
    ("action:1", "[" * 100000),  # JSON nested deeper than the parser's recursion
]


@pytest.mark.parametrize(("subject", "value"), _HOSTILE)
def test_a_value_that_cannot_be_read_as_a_date_or_amount_is_shown_as_stored(subject, value) -> None:  # type: ignore[no-untyped-def]
    for lang in ("nl", "en"):
        shown = readable_value(subject, value, lang)
        if subject == "event:1":  # its date and kind in words; the amount as far as it can be read
            assert shown is not None and shown.startswith(("01-01-2025 Gebruik in Chinese media: x; ", "01/01/2025 Use in Chinese media: x; "))
        else:
            assert shown == value


def test_tie_history_shows_hand_edited_values_instead_of_failing(run, store, new_assessment):  # type: ignore[no-untyped-def]
    tie = store.tie_of(store.create(new_assessment))
    store.add_event(tie, Event(dt.date(2025, 6, 1), EventKind.GIFT_RECEIVED, "Vaas", value_cents=125050))
    for subject, value in _HOSTILE:
        store.db.conn.execute(
            "INSERT INTO tie_history (partnership_id, at, actor, subject, old, new) VALUES (?, '2026-01-01T10:00:00', 'x', ?, NULL, ?)",
            (tie, subject, value),
        )
    for lang in ("nl", "en"):
        code, out, err = run("tie-history", str(tie), "--lang", lang)
        assert code == 0, err
        assert "9" * 400 in out and "0001-01-01T00:00:00+14:00" in out
    code, out, err = run("tie-history", str(tie), "--lang", "nl")
    assert "Vaas; € 1.250,50" in out  # the sound entries in the reader's form as before
