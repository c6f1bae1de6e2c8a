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
