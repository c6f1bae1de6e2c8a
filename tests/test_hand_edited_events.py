"""A database whose events were edited by hand (a date PartnerCheck never writes, text where an
amount belongs: SQLite keeps any value in any column, and the amount's CHECK (>= 0) lets text
by). Every command that reads events printed a Python traceback (ValueError: Invalid isoformat
string); the window's portfolio showed "Something went wrong". Now it is the damaged database it
is: one line naming the file and the event or tie, exit status 2, nothing changed."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from partnercheck.domain.events import Event, EventKind


@pytest.fixture
def edited(store, new_assessment, db_path):  # type: ignore[no-untyped-def]
    tie = store.tie_of(store.create(new_assessment))
    store.add_event(tie, Event(dt.date(2025, 6, 1), EventKind.PRESSURE, "Brief van de ambassade", value_cents=1000))

    def edit(column: str, value: object) -> str:
        store.db.conn.execute(f"UPDATE tie_event SET {column} = ?", [value])
        store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return hashlib.sha256(db_path.read_bytes()).hexdigest()

    return tie, edit


@pytest.mark.parametrize(
    ("command", "names", "date"),
    [
        ("events", "event 1", "garbage"),
        ("events", "event 1", "2025-13-45"),
        ("costs", "event 1", ""),
        # due and portfolio read an event only when it may make a review due (a date after the
        # last verdict, compared as text): "garbage" sorts after every year.
        ("due", "tie 1", "garbage"),
        ("portfolio", "tie 1", "garbage"),
    ],
)
def test_an_event_with_a_date_partnercheck_never_writes_is_a_damaged_database(run, edited, db_path, command, names, date):  # type: ignore[no-untyped-def]
    tie, edit = edited
    before = edit("date", date)
    code, out, err = run(command, *([str(tie)] if command == "events" else []))
    assert code == 2 and "Traceback" not in err, err
    assert f"{db_path}: is damaged and cannot be read ({names}: " in err and err.count("\n") == 1, err
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before


def test_text_where_an_events_amount_belongs_is_a_damaged_database(run, edited, db_path):  # type: ignore[no-untyped-def]
    _tie, edit = edited
    edit("value_cents", "veel")
    code, _, err = run("gifts")
    assert code == 2 and "(event 1: value_cents 'veel' is not a value PartnerCheck writes)" in err, err


def test_a_dutch_run_names_the_event_and_says_it_in_dutch(run, edited, db_path):  # type: ignore[no-untyped-def]
    _tie, edit = edited
    before = edit("value_cents", "veel")
    code, _, err = run("gifts", "--lang", "nl")
    assert code == 2 and "(gebeurtenis 1: value_cents 'veel' is geen waarde die PartnerCheck schrijft)" in err, err
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before
