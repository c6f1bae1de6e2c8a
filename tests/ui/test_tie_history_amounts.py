"""The tie's History tab writes an event's amount as the reader writes euros (Dutch:
``€ 300,00``, events.format_euros; English as stored); tests/test_history_amounts.py has the
domain and the command line."""

from __future__ import annotations

import datetime as dt

from partnercheck.domain.events import Event, EventKind


def test_an_events_amount_in_the_history_tab_is_written_as_dutch_writes_euros(qapp, make_window, store, new_assessment):  # type: ignore[no-untyped-def]
    from partnercheck.ui.i18n import install_translators, remove_translators

    store.create(new_assessment)
    store.add_event(1, Event(dt.date(2025, 6, 1), EventKind.GIFT_RECEIVED, "Vaas", value_cents=30000))
    window = make_window(lang="nl")
    translators = install_translators(qapp, "nl")
    try:
        rows = window.ties.open_tie(1).history_view.model.texts()
        assert rows[0][3] == "— → 01-06-2025 Geschenk of hulp ontvangen: Vaas; € 300,00"  # was "EUR 300.00"
    finally:
        remove_translators(qapp, translators)
    rows = window.ties.open_tie(1).history_view.model.texts()
    assert rows[0][3] == "— → 01/06/2025 Gift or aid received: Vaas; EUR 300.00"
