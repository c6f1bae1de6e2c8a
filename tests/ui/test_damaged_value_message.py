"""The window's damaged-database message for a hand-edited value says what it found (record and
field) in the window's language: in Dutch the record and the sentence are Dutch, the field the
column's name as IT finds it in the database."""

from __future__ import annotations

import sqlite3

import pytest

from partnercheck.store.errors import DamagedValueError
from partnercheck.ui.database_file_messages import damaged_database
from partnercheck.ui.i18n import install_translators, remove_translators
from partnercheck.workspace import open_store


@pytest.fixture
def dutch(qapp, ui_lang):  # type: ignore[no-untyped-def]
    translators = install_translators(qapp, "nl")
    yield
    remove_translators(qapp, translators)


def _found(store, new_assessment, db_path) -> DamagedValueError:  # type: ignore[no-untyped-def]
    store.create(new_assessment)
    store.close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE assessment SET updated = 'gisteren'")
    conn.close()
    reopened = open_store(db_path)
    try:
        with pytest.raises(DamagedValueError) as caught:
            reopened.list_summaries()
    finally:
        reopened.close()
    return caught.value


def test_the_dutch_window_says_what_it_found_in_dutch(dutch, store, new_assessment, db_path):  # type: ignore[no-untyped-def]
    title, text = damaged_database(_found(store, new_assessment, db_path))
    assert "Gevonden: beoordeling 1: updated 'gisteren' is geen waarde die PartnerCheck schrijft" in text, text
    assert "assessment 1" not in text and "is not a value" not in text, text


def test_the_english_window_says_it_in_english(ui_lang, store, new_assessment, db_path):  # type: ignore[no-untyped-def]
    _title, text = damaged_database(_found(store, new_assessment, db_path))
    assert "Found: assessment 1: updated 'gisteren' is not a value PartnerCheck writes" in text, text
