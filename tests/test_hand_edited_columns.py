"""A database whose stored values were edited by hand (an assessment's created or updated time,
an attached file's time, an agreement's date, a review comment's verdict, time or text that
PartnerCheck never writes: SQLite keeps any value in any column). list, show, report, history
and export printed a Python traceback (ValueError: Invalid isoformat string, TypeError); now it
is the damaged database it is: one line naming the file, the record and the field, exit status
2, nothing changed."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from dataclasses import replace

import pytest

from partnercheck.domain.ties import Agreement


@pytest.fixture
def edited(store, new_assessment, db_path):  # type: ignore[no-untyped-def]
    """An assessment in review with a comment, an attached file and a tie with an agreement;
    ``edit(sql, value)`` changes one stored value with raw SQL, as a hand edit does."""
    aid = store.create(new_assessment)
    theme = store._checklist_of(aid).themes[0]
    store.attach(aid, theme.questions[0].id, "brief.txt", b"inhoud")
    store.db.execute(
        "INSERT INTO action (assessment_id, position, text, status, updated) VALUES (?, 0, 'Bel de ambassade', 'open', ?)", [aid, "2026-01-02"]
    )
    tie = store.get_tie(store.tie_of(aid))
    store.update_tie(replace(tie, agreements=(Agreement("Intentieverklaring", dt.date(2020, 5, 1)),)))
    store.db.execute(
        "INSERT INTO review_comment (assessment_id, theme_id, verdict, text, reviewer, at) VALUES (?, ?, 'change', 'Bron ontbreekt', 'B. Jansen', ?)",
        [aid, theme.id, "2026-01-02T10:00:00+00:00"],
    )
    store.close()

    def edit(sql: str, value: object) -> str:
        with sqlite3.connect(db_path) as conn:
            conn.execute(sql, [value])
        conn.close()
        return hashlib.sha256(db_path.read_bytes()).hexdigest()

    return aid, edit


# A decision as a hand edit leaves it (the row itself, not the value, is what PartnerCheck writes).
_DECIDED = "INSERT INTO publication_decision (assessment_id, decided_by, decided_at, weighing) VALUES (1, 'B. Jansen', ?, 'Afgewogen')"

CASES = [
    # (raw SQL, value, what the message names, the commands that read it)
    ("UPDATE assessment SET created = ?", "2025-13-45", "assessment 1: created '2025-13-45'", ["score", "report", "export"]),
    ("UPDATE assessment SET updated = ?", "gisteren", "assessment 1: updated 'gisteren'", ["list", "score", "report", "export"]),
    ("UPDATE evidence SET added = ?", "nooit", "evidence 1: added 'nooit'", ["score", "report", "export"]),
    ("UPDATE review_comment SET at = ?", "{kapot", "assessment 1: review comment on ", ["score", "report", "export"]),
    ("UPDATE review_comment SET at = ?", 7.5, "at '7.5'", ["score", "report", "export"]),
    ("UPDATE action SET due = ?", "morgen", "action 1: due 'morgen'", ["score", "report", "export"]),
    ("UPDATE history SET at = ?", "2025-02-30T10:00", "assessment 1: history entry 1: at", ["history"]),
    ("UPDATE agreement SET signed = ?", "2020-02-30", "tie 1: agreement 1: signed '2020-02-30'", ["tie", "export-tie"]),
    ("UPDATE tie_history SET at = ?", "gisteren", "tie 1: history entry ", ["tie-history"]),
    # The retention facts (the end date counts from these) and the decision to publish.
    ("UPDATE assessment SET approved_on = ?", "2020-02-30", "assessment 1: approved_on '2020-02-30'", ["retention"]),
    ("UPDATE assessment SET updated = ?", "gisteren", "assessment 1: updated 'gisteren'", ["retention"]),
    (_DECIDED, "vorige week", "assessment 1: publication decision: decided_at 'vorige week'", ["publish"]),
    (_DECIDED, 7.5, "decided_at '7.5'", ["publish"]),
]

_ARGS = {"list": [], "score": ["1"], "history": ["1"], "tie": ["1"], "report": ["1", "--out", "{tmp}/r.pdf"]}
_ARGS |= {"export": ["1", "--out", "{tmp}/e.json"], "export-tie": ["1", "--out", "{tmp}/t.json"], "retention": []}
_ARGS |= {"publish": ["--out", "{tmp}/register.sqlite3"], "tie-history": ["1"]}


@pytest.mark.parametrize(("sql", "value", "names", "commands"), CASES)
def test_a_value_partnercheck_never_writes_is_a_damaged_database_naming_record_and_field(run, edited, db_path, tmp_path, sql, value, names, commands):  # type: ignore[no-untyped-def]
    _aid, edit = edited
    before = edit(sql, value)
    for command in commands:
        code, _out, err = run(command, *(a.format(tmp=tmp_path) for a in _ARGS[command]))
        assert code == 2 and "Traceback" not in err, (command, err)
        assert f"{db_path}: is damaged and cannot be read (" in err and names in err, (command, err)
        assert err.splitlines()[-1].startswith(f"partnercheck {command}: {db_path}: is damaged"), (command, err)
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before
    assert not [p for p in tmp_path.iterdir() if p.suffix in {".pdf", ".json"} or p.name == "register.sqlite3"]


def test_the_window_names_the_damaged_value_when_the_assessment_is_opened(edited, db_path):  # type: ignore[no-untyped-def]
    """The window reads through the same store: opening the assessment (store.get) and the list
    (list_summaries) raise the DamagedDatabaseError the window shows as its damaged-database message."""
    from partnercheck.store.errors import DamagedDatabaseError
    from partnercheck.workspace import open_store

    aid, edit = edited
    edit("UPDATE assessment SET updated = ?", "gisteren")
    store = open_store(db_path)
    try:
        with pytest.raises(DamagedDatabaseError, match="assessment 1: updated 'gisteren'"):
            store.list_summaries()
        with pytest.raises(DamagedDatabaseError, match="assessment 1: updated 'gisteren'"):
            store.get(aid)
    finally:
        store.close()


def test_deleting_a_hand_edited_action_writes_nothing(edited, db_path):  # type: ignore[no-untyped-def]
    """A write reads the old value for the history first: a damaged one is refused whole."""
    from partnercheck.store.errors import DamagedDatabaseError
    from partnercheck.workspace import open_store

    _aid, edit = edited
    before = edit("UPDATE action SET due = ?", "morgen")
    store = open_store(db_path)
    try:
        with pytest.raises(DamagedDatabaseError, match="action 1: due 'morgen'"):
            store.delete_action(1)
    finally:
        store.close()
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before


def test_the_window_names_a_damaged_hold_time(edited, db_path):  # type: ignore[no-untyped-def]
    """The hold is read by the window only (the assessment page, the Woo export): the same message."""
    from partnercheck.store.errors import DamagedDatabaseError
    from partnercheck.workspace import open_store

    aid, edit = edited
    edit("UPDATE assessment SET hold = ?", "sinds gisteren")
    store = open_store(db_path)
    try:
        with pytest.raises(DamagedDatabaseError, match="assessment 1: hold 'sinds gisteren'"):
            store.hold_of(aid)
        with pytest.raises(DamagedDatabaseError, match="assessment 1: hold 'sinds gisteren'"):
            store.tie_holds(store.tie_of(aid))
    finally:
        store.close()


@pytest.mark.parametrize(
    ("sql", "value", "command", "found"),
    [
        ("UPDATE assessment SET updated = ?", "gisteren", "list", "(beoordeling 1: updated 'gisteren' is geen waarde die PartnerCheck schrijft)"),
        ("UPDATE agreement SET signed = ?", "2020-02-30", "tie", "(band 1: overeenkomst 1: signed '2020-02-30' is geen waarde die "),
        ("UPDATE review_comment SET at = ?", "{kapot", "score", "(beoordeling 1: reviewopmerking bij "),
        (_DECIDED, "vorige week", "publish", "(beoordeling 1: besluit tot publicatie: decided_at 'vorige week' is geen waarde"),
    ],
)
def test_a_dutch_run_says_what_it_found_in_dutch(run, edited, db_path, tmp_path, sql, value, command, found):  # type: ignore[no-untyped-def]
    """The record and the sentence in Dutch; the field as the column is named in the database."""
    _aid, edit = edited
    before = edit(sql, value)
    code, _out, err = run(command, *(a.format(tmp=tmp_path) for a in _ARGS[command]), "--lang", "nl")
    assert code == 2 and "Traceback" not in err, err
    assert err.splitlines()[-1].startswith(f"partnercheck {command}: {db_path}: is beschadigd en kan niet worden gelezen ("), err
    assert found in err and "is not a value" not in err and "assessment 1" not in err, err
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before


def test_typing_a_note_after_a_hand_edited_history_time_writes_nothing(store, new_assessment, db_path):  # type: ignore[no-untyped-def]
    """A note's keystrokes join its last history entry when it is recent: a hand-edited time
    there is refused whole (the damaged database), not a traceback in the window's note field."""
    from partnercheck.domain.assessment import Answer
    from partnercheck.store.errors import DamagedDatabaseError
    from partnercheck.workspace import open_store

    aid = store.create(new_assessment)
    question = store._checklist_of(aid).themes[0].questions[0]
    store.save_answer(aid, question.id, Answer(None, "Eerste"))
    store.close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE history SET at = 'zojuist' WHERE subject = ?", [f"note:{question.id}"])
    conn.close()
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    reopened = open_store(db_path)
    try:
        with pytest.raises(DamagedDatabaseError, match=r"assessment 1: history entry \d+: at 'zojuist'"):
            reopened.save_answer(aid, question.id, Answer(None, "Eerste regel"))
    finally:
        reopened.close()
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before
