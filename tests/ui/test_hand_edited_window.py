"""A database whose stored values were edited by hand (store/rows.py: DamagedValue): the window
says the damaged database's message naming the record and the field, instead of "Something
went wrong" or a traceback, when it lists the assessments or opens one."""

from __future__ import annotations

import sqlite3


def _edit(db_path, sql):  # type: ignore[no-untyped-def]
    with sqlite3.connect(db_path) as conn:
        conn.execute(sql)
    conn.close()


def test_opening_an_assessment_with_a_hand_edited_time_names_it(window, store, new_assessment, db_path, dialogs):  # type: ignore[no-untyped-def]
    aid = store.create(new_assessment)
    window.reload_list(select_id=aid)
    _edit(db_path, "UPDATE assessment SET created = '2025-13-45'")
    window.open_assessment(aid)
    kind, title, text = dialogs.last()
    assert (kind, title) == ("warning", "Damaged database") and text.endswith(
        "Found: assessment 1: created '2025-13-45' is not a value PartnerCheck writes"
    ), text
    assert "Something went wrong" not in title + text


def test_the_list_with_a_hand_edited_time_names_it(window, store, new_assessment, db_path, dialogs):  # type: ignore[no-untyped-def]
    store.create(new_assessment)
    _edit(db_path, "UPDATE assessment SET updated = 'gisteren'")
    window.reload_list()
    kind, title, text = dialogs.last()
    assert (kind, title) == ("warning", "Damaged database") and "Found: assessment 1: updated 'gisteren'" in text, text
