"""domain.history_values: a history value's dates as the reader writes them, only where the
value is a date (an event's or an agreement's date, a moment, an action's due date), and an
event's kind in the reader's words instead of its code."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from partnercheck.domain.history_values import readable_value


@pytest.mark.parametrize(
    ("subject", "value", "nl", "en"),
    [
        ("event:3", "2025-06-01 media: Artikel", "01-06-2025 Gebruik in Chinese media: Artikel", "01/06/2025 Use in Chinese media: Artikel"),
        (
            "event:4",
            "2025-06-01 gift-received: Vaas; EUR 12.50 gift",
            "01-06-2025 Geschenk of hulp ontvangen: Vaas; € 12,50 gift",
            "01/06/2025 Gift or aid received: Vaas; EUR 12.50 gift",
        ),
        ("event:5", "2025-06-01 parade: x", "01-06-2025 parade: x", "01/06/2025 parade: x"),  # a kind this version does not know: as stored
        ("agreement", "2012-04-02 Verdrag", "02-04-2012 Verdrag", "02/04/2012 Verdrag"),
        ("agreement", "Verdrag zonder datum", "Verdrag zonder datum", "Verdrag zonder datum"),
        ("approved_on", "2026-11-30", "30-11-2026", "30/11/2026"),
        ("note:q1", "2025-06-01", "2025-06-01", "2025-06-01"),  # typed: as typed
        ("notes", "2012-04-02 bezoek", "2012-04-02 bezoek", "2012-04-02 bezoek"),
        ("hold", "on: Woo-verzoek 2026-11-30", "on: Woo-verzoek 2026-11-30", "on: Woo-verzoek 2026-11-30"),
        ("event:3", "2025-02-30 media: x", "2025-02-30 media: x", "2025-02-30 media: x"),  # not a date: as stored
        ("evidence:q1", "besluit.pdf (2025abcdef01)", "besluit.pdf (2025abcdef01)", "besluit.pdf (2025abcdef01)"),
    ],
)
def test_dates_in_values(subject, value, nl, en):  # type: ignore[no-untyped-def]
    assert readable_value(subject, value, "nl") == nl
    assert readable_value(subject, value, "en") == en


def test_a_moment_and_an_actions_due_date():  # type: ignore[no-untyped-def]
    at = dt.datetime(2026, 11, 30, 14, 5, tzinfo=dt.UTC)
    local = at.astimezone()
    assert readable_value("deleted", at.isoformat(), "nl") == f"{local:%d-%m-%Y %H:%M}"
    action = json.dumps({"text": "Bellen", "due": "2027-02-01", "status": "open"})
    assert json.loads(readable_value("action:4", action, "en") or "")["due"] == "01/02/2027"
    assert readable_value("action:4", json.dumps({"text": "Bellen", "due": None}), "nl") == json.dumps({"text": "Bellen", "due": None})
    assert readable_value("status", None, "nl") is None and readable_value("status", "", "nl") == ""
