"""A tie's History tab: every recorded change, newest first, dates as a reader writes them (never
ISO), status codes in the window's words; refreshed after a change made in the dialog."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from partnercheck.catalogs import translate
from partnercheck.domain.assessment import PartnershipStatus
from partnercheck.domain.dates import format_short_date
from partnercheck.domain.events import KIND_LABELS, Event, EventKind
from partnercheck.ui.dates import ui_language
from partnercheck.ui.history_text import hold_text
from partnercheck.ui.labels import status_word


def test_the_history_tab_shows_every_change_to_the_tie(qtbot, make_window, store, new_assessment):  # type: ignore[no-untyped-def]
    store.create(new_assessment)
    store.add_event(1, Event(dt.date(2025, 6, 1), EventKind.MEDIA, "Artikel in de China Daily"))
    store.set_tie_hold(1, True, "Woo-verzoek 17")
    window = make_window(lang="nl")
    tie = window.ties.open_tie(1)
    history = tie.history_view
    tie.tabs.setCurrentWidget(history)
    rows = history.model.texts()
    assert [r[2] for r in rows] == ["bewaarplicht", "gebeurtenis 1", "aangemaakt"]  # newest first
    assert rows[0][3] == "— → " + hold_text("on: Woo-verzoek 17") and "on:" not in rows[0][3]  # in the window's words
    # The event's date as the reader writes it (not ISO), as the When column's.
    # Its kind in the reader's words, as the event list says it, not the stored code "media".
    media = translate(ui_language(), KIND_LABELS[EventKind.MEDIA])
    assert rows[1][3] == f"— → {format_short_date(dt.date(2025, 6, 1), ui_language())} {media}: Artikel in de China Daily"
    assert rows[2][0].startswith(format_short_date(dt.date.today(), ui_language())) and "T" not in rows[2][0]
    assert rows[2][1] == store.actor and history.empty_label.isHidden()
    assert tie.date_edit.displayFormat() == "dd-MM-yyyy"  # the event's date as a Dutch reader writes it

    tie.tabs.setCurrentIndex(3)
    tie.details.status_combo.setCurrentIndex(tie.details.status_combo.findData("dormant"))
    qtbot.mouseClick(tie.details.save_button, Qt.MouseButton.LeftButton)
    words = f"{status_word(PartnershipStatus.ACTIVE)} → {status_word(PartnershipStatus.DORMANT)}"
    assert history.model.texts()[0][2:] == ("status", words) and words != "active → dormant"


def test_a_tie_package_is_imported_in_the_window_with_its_files(make_window, store, new_assessment, dialogs, tmp_path):  # type: ignore[no-untyped-def]
    from partnercheck.services import tie_transfer

    store.create(new_assessment)
    store.attach_to_tie(1, "Raadsbesluit 2012.pdf", b"%PDF raadsbesluit")
    target = tmp_path / "band.partnercheck"
    assert tie_transfer.export_tie_file(store, 1, target) == 1
    window = make_window(tmp_path / "elders.sqlite3")
    dialogs.open_path = str(target)
    assert window.files.import_file() == 1
    (item,) = window.store.tie_evidence(1)
    assert window.store.blob(item.sha256, item.name) == b"%PDF raadsbesluit"
    assert "Imported tie 1" in window.statusBar().currentMessage()


def test_an_assessment_that_joins_the_tie_is_in_its_history_in_dutch(qapp, make_window, store, new_assessment):  # type: ignore[no-untyped-def]
    from partnercheck.ui.i18n import install_translators, remove_translators

    store.create(new_assessment)
    store.add_event(1, Event(dt.date(2025, 6, 1), EventKind.MEDIA, "Artikel"))
    second = store.create(new_assessment)  # the same parties: it joins tie 1
    window = make_window(lang="nl")
    translators = install_translators(qapp, "nl")
    try:
        tie = window.ties.open_tie(1)
        rows = tie.history_view.model.texts()
        assert rows[0][2:] == ("beoordeling toegevoegd", f"— → beoordeling {second}")
        assert rows[1][3] == "— → 01-06-2025 Gebruik in Chinese media: Artikel"  # the event's date and kind as Dutch writes them
    finally:
        remove_translators(qapp, translators)
    tie = window.ties.open_tie(1)
    assert tie.history_view.model.texts()[0][3] == f"— → assessment {second}"


def test_an_event_s_cost_category_and_disposition_in_the_window_s_words(qapp, make_window, store, new_assessment):  # type: ignore[no-untyped-def]
    from partnercheck.domain.events import CostCategory, GiftDisposition
    from partnercheck.ui.i18n import install_translators, remove_translators

    store.create(new_assessment)
    event = Event(dt.date(2025, 7, 1), EventKind.VISIT_OUT, "Reis", value_cents=240000, category=CostCategory.TRAVEL)
    store.add_event(1, event)
    store.add_event(1, Event(dt.date(2025, 6, 1), EventKind.GIFT_GIVEN, "Boek", disposition=GiftDisposition.PASSED_ON))
    for lang, travel, gift in (
        ("nl", "— → 01-07-2025 Bezoek naar China: Reis; € 2.400,00 Reizen", "— → 01-06-2025 Geschenk gegeven: Boek; Doorgegeven"),
        ("en", "— → 01/07/2025 Visit to China: Reis; EUR 2400.00 Travel", "— → 01/06/2025 Gift given: Boek; Passed on"),
    ):
        window = make_window(lang=lang)
        translators = install_translators(qapp, lang)
        try:
            rows = window.ties.open_tie(1).history_view.model.texts()
            assert (rows[1][3], rows[0][3]) == (travel, gift)  # newest first
        finally:
            remove_translators(qapp, translators)
