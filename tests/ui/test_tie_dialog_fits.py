"""The tie dialog at 1024x768 and 150 % (663x452 logical pixels, as fit_to_screen leaves it):
its events form, one field a row, took the tab's height and the events table showed one row,
the description column four letters; the Dutch tabs ran off the dialog behind scroll arrows."""

from __future__ import annotations

import datetime as dt

import pytest

from partnercheck.domain.events import Event, EventKind
from partnercheck.ui.i18n import install_translators, remove_translators


@pytest.fixture
def dutch(qapp, ui_lang):  # type: ignore[no-untyped-def]
    translators = install_translators(qapp, "nl")
    yield
    remove_translators(qapp, translators)


def _events() -> list[Event]:
    texts = ("Vriendschapsovereenkomst verlengd met vijf jaar", "Delegatiebezoek aan Yangzhou, handelsmissie", "Porseleinen vaas")
    kinds = (EventKind.AGREEMENT, EventKind.VISIT_OUT, EventKind.GIFT_RECEIVED)
    return [
        Event(date=dt.date(2025, 3, 10 + i), kind=k, text=t, people="burgemeester, 2 ambtenaren")
        for i, (k, t) in enumerate(zip(kinds, texts, strict=True))
    ]


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_at_150_percent_the_events_table_shows_the_events_and_every_tab_is_in_view(qtbot, qapp, request, make_window, store, new_assessment, lang):  # type: ignore[no-untyped-def]
    if lang == "nl":
        request.getfixturevalue("dutch")
    store.create(new_assessment)
    store.add_events(1, _events())
    window = make_window(lang=lang)
    dialog = window.ties.open_tie(1)
    dialog.resize(663, 452)
    qtbot.waitUntil(lambda: dialog.width() <= 663)
    qapp.processEvents()
    table = dialog.events_table
    assert table.model().rowCount() == 3
    # Every event in view, not one row and a scroll bar.
    assert table.verticalHeader().length() <= table.viewport().height()
    description = table.horizontalHeader().sectionSize(2)
    assert description >= table.fontMetrics().horizontalAdvance("Delegatiebezoek aan")
    # Six tabs side by side, none behind a scroll arrow.
    bar = dialog.tabs.tabBar()
    assert bar.tabRect(bar.count() - 1).right() <= bar.width()
