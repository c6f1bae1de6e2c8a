"""PartnerCheck schema, step 6: ties (partnerships followed over the years), their events,
agreements, the review settings and one full-text index over everything an officer writes.

* partnership: a tie of its own. Every assessment gets partnership_id; its own party, status
  and since columns stay as the snapshot of the tie when it was assessed (a report does not
  change when the tie is later signed, dormant or ended).
* Existing assessments are grouped into ties by their parties' names compared the Unicode way
  (NFKC and case folding; SQLite's lower() folds ASCII only), hence a Python step. The rule is
  written out here, not imported: a step applied to a user's file must do the same for ever.
  The tie takes its details from the latest assessment of its group.
* assessment.themes: the theme levels as JSON, a stored summary like verdict, so the portfolio
  reads them without rescoring; scoring_state is reset so the store fills them once.
* search_index: FTS5 over ties, agreements, events, actions and answer notes, kept current by
  the triggers below; accents are folded (remove_diacritics 2), so 'Zoe' finds 'Zoë'. Its rowid
  says what a row is: source id * 8 + kind (0 tie, 1 event, 2 agreement, 3 action, 4 the notes
  of an assessment), so a trigger deletes by rowid instead of scanning the index.
"""

from __future__ import annotations

import datetime as _dt
import re
import sqlite3
import unicodedata
import uuid

KINDS = "'agreement', 'visit-out', 'visit-in', 'delegation', 'gift-received', 'gift-given', 'award', 'invitation', 'conference', 'embassy-contact', 'pressure', 'media', 'council', 'ended'"

SCHEMA = f"""
-- AUTOINCREMENT: a tie's number is how people name it; one merged away is never reused.
CREATE TABLE partnership (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid              TEXT    NOT NULL UNIQUE,
    dutch_party       TEXT    NOT NULL CHECK (length(trim(dutch_party)) > 0),
    dutch_party_kind  TEXT    NOT NULL CHECK (dutch_party_kind IN ('municipality', 'province')),
    counterpart       TEXT    NOT NULL CHECK (length(trim(counterpart)) > 0),
    counterpart_kind  TEXT    NOT NULL CHECK (counterpart_kind IN ('city', 'province', 'district')),
    status            TEXT    NOT NULL CHECK (status IN ('proposed', 'active', 'dormant', 'ended')),
    since             INTEGER,
    ended             INTEGER,
    contacts          TEXT    NOT NULL DEFAULT '',
    notes             TEXT    NOT NULL DEFAULT '',
    match_key         TEXT    NOT NULL,
    created           TEXT    NOT NULL,
    updated           TEXT    NOT NULL
);
CREATE INDEX partnership_match ON partnership (match_key);

CREATE TABLE agreement (
    id             INTEGER PRIMARY KEY,
    partnership_id INTEGER NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    title          TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    signed         TEXT
);
CREATE INDEX agreement_partnership ON agreement (partnership_id, position);

CREATE TABLE tie_event (
    id             INTEGER PRIMARY KEY,
    partnership_id INTEGER NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    date           TEXT    NOT NULL,
    kind           TEXT    NOT NULL CHECK (kind IN ({KINDS})),
    text           TEXT    NOT NULL CHECK (length(trim(text)) > 0),
    people         TEXT    NOT NULL DEFAULT '',
    value_cents    INTEGER CHECK (value_cents IS NULL OR value_cents >= 0),
    category       TEXT    CHECK (category IN ('travel', 'hospitality', 'gift', 'staff-time', 'other')),
    disposition    TEXT    CHECK (disposition IN ('kept', 'registered', 'returned', 'passed-on')),
    source         TEXT    NOT NULL DEFAULT '',
    created        TEXT    NOT NULL
);
CREATE INDEX tie_event_partnership ON tie_event (partnership_id, date);
-- The first event of a kind that makes a review due, per tie (the portfolio, 'due').
CREATE INDEX tie_event_kind ON tie_event (partnership_id, kind, date);

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

ALTER TABLE assessment ADD COLUMN partnership_id INTEGER REFERENCES partnership (id);
ALTER TABLE assessment ADD COLUMN themes TEXT;
DROP INDEX assessment_partnership_created;
CREATE INDEX assessment_partnership ON assessment (partnership_id, created_utc);
UPDATE scoring_state SET model = 0;

CREATE VIRTUAL TABLE search_index USING fts5 (body, tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER partnership_ai AFTER INSERT ON partnership BEGIN
    INSERT INTO search_index (rowid, body) VALUES (new.id * 8, new.dutch_party || ' ' || new.counterpart || ' ' || new.contacts || ' ' || new.notes);
END;
CREATE TRIGGER partnership_au AFTER UPDATE ON partnership BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8;
    INSERT INTO search_index (rowid, body) VALUES (new.id * 8, new.dutch_party || ' ' || new.counterpart || ' ' || new.contacts || ' ' || new.notes);
END;
CREATE TRIGGER partnership_ad AFTER DELETE ON partnership BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8;
END;

CREATE TRIGGER tie_event_ai AFTER INSERT ON tie_event BEGIN
    INSERT INTO search_index (rowid, body) VALUES (new.id * 8 + 1, new.text || ' ' || new.people || ' ' || new.source);
END;
CREATE TRIGGER tie_event_au AFTER UPDATE ON tie_event BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 1;
    INSERT INTO search_index (rowid, body) VALUES (new.id * 8 + 1, new.text || ' ' || new.people || ' ' || new.source);
END;
CREATE TRIGGER tie_event_ad AFTER DELETE ON tie_event BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 1;
END;

CREATE TRIGGER agreement_ai AFTER INSERT ON agreement BEGIN
    INSERT INTO search_index (rowid, body) VALUES (new.id * 8 + 2, new.title);
END;
CREATE TRIGGER agreement_ad AFTER DELETE ON agreement BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 2;
END;

CREATE TRIGGER action_ai AFTER INSERT ON action BEGIN
    INSERT INTO search_index (rowid, body) VALUES (new.id * 8 + 3, new.text || ' ' || new.owner);
END;
CREATE TRIGGER action_au AFTER UPDATE OF text, owner ON action BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 3;
    INSERT INTO search_index (rowid, body) VALUES (new.id * 8 + 3, new.text || ' ' || new.owner);
END;
CREATE TRIGGER action_ad AFTER DELETE ON action BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 8 + 3;
END;

-- The notes of one assessment are one row: a note is saved at every pause in typing, and
-- rewriting one small row per save stays cheap.
CREATE TRIGGER answer_ai AFTER INSERT ON answer BEGIN
    DELETE FROM search_index WHERE rowid = new.assessment_id * 8 + 4;
    INSERT INTO search_index (rowid, body)
        SELECT new.assessment_id * 8 + 4, group_concat(note, ' ') FROM answer WHERE assessment_id = new.assessment_id AND note != '' HAVING count(*) > 0;
END;
CREATE TRIGGER answer_au AFTER UPDATE OF note ON answer WHEN old.note IS NOT new.note BEGIN
    DELETE FROM search_index WHERE rowid = new.assessment_id * 8 + 4;
    INSERT INTO search_index (rowid, body)
        SELECT new.assessment_id * 8 + 4, group_concat(note, ' ') FROM answer WHERE assessment_id = new.assessment_id AND note != '' HAVING count(*) > 0;
END;
CREATE TRIGGER answer_ad AFTER DELETE ON answer BEGIN
    DELETE FROM search_index WHERE rowid = old.assessment_id * 8 + 4;
    INSERT INTO search_index (rowid, body)
        SELECT old.assessment_id * 8 + 4, group_concat(note, ' ') FROM answer WHERE assessment_id = old.assessment_id AND note != '' HAVING count(*) > 0;
END;
"""

# What was written before this step, indexed once.
FILL_INDEX = [
    "INSERT INTO search_index (rowid, body) SELECT id * 8 + 3, text || ' ' || owner FROM action",
    "INSERT INTO search_index (rowid, body) SELECT assessment_id * 8 + 4, group_concat(note, ' ') FROM answer WHERE note != '' GROUP BY assessment_id",
]

_SPACE = re.compile(r"\s+")


def _name(name: str) -> str:
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", name).casefold())).strip()


def _key(dutch_party: str, counterpart: str) -> str:
    return f"{_name(dutch_party)}\x1f{_name(counterpart)}"


def migrate(conn: sqlite3.Connection) -> None:
    script, statement = [], ""
    for line in SCHEMA.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            script.append(statement)
            statement = ""
    for sql in script:
        conn.execute(sql)
    stamp = _dt.datetime.now(_dt.UTC).isoformat(timespec="microseconds")
    groups: dict[str, list[tuple]] = {}
    rows = conn.execute(
        "SELECT id, dutch_party, dutch_party_kind, counterpart, counterpart_kind, status, since, created "
        "FROM assessment ORDER BY coalesce(created_utc, ''), id"
    ).fetchall()
    for row in rows:
        groups.setdefault(_key(row[1], row[3]), []).append(row)
    # Ties numbered in the order their first assessment was made.
    for key, members in groups.items():
        latest = members[-1]
        tie_id = conn.execute(
            "INSERT INTO partnership (uuid, dutch_party, dutch_party_kind, counterpart, counterpart_kind, status, since, match_key, created, updated) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [str(uuid.uuid4()), latest[1], latest[2], latest[3], latest[4], latest[5], latest[6], key, members[0][7], stamp],
        ).lastrowid
        conn.executemany("UPDATE assessment SET partnership_id = ? WHERE id = ?", [(tie_id, m[0]) for m in members])
    for sql in FILL_INDEX:
        conn.execute(sql)
