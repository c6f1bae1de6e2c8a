-- PartnerCheck schema, step 1: assessments with their answers and action plan.
-- Applied once, in one transaction, by partnercheck.store.migrations; PRAGMA user_version
-- records the last step applied.

CREATE TABLE assessment (
    id                INTEGER PRIMARY KEY,
    checklist_id      TEXT    NOT NULL,
    checklist_version TEXT    NOT NULL,
    dutch_party       TEXT    NOT NULL CHECK (length(trim(dutch_party)) > 0),
    dutch_party_kind  TEXT    NOT NULL CHECK (dutch_party_kind IN ('municipality', 'province')),
    counterpart       TEXT    NOT NULL CHECK (length(trim(counterpart)) > 0),
    counterpart_kind  TEXT    NOT NULL CHECK (counterpart_kind IN ('city', 'province', 'district')),
    status            TEXT    NOT NULL CHECK (status IN ('proposed', 'active', 'dormant', 'ended')),
    since             INTEGER,
    assessor          TEXT    NOT NULL DEFAULT '',
    created           TEXT    NOT NULL,
    updated           TEXT    NOT NULL,
    -- The score summary is rewritten by the store with every change, so the list of
    -- assessments never has to rescore thousands of them to show their levels.
    overall           TEXT    NOT NULL DEFAULT 'low' CHECK (overall IN ('low', 'medium', 'high')),
    answered          INTEGER NOT NULL DEFAULT 0,
    total             INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX assessment_updated ON assessment (updated);

CREATE TABLE answer (
    assessment_id INTEGER NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    question_id   TEXT    NOT NULL,
    value         TEXT,
    note          TEXT    NOT NULL DEFAULT '',
    updated       TEXT    NOT NULL,
    PRIMARY KEY (assessment_id, question_id)
) WITHOUT ROWID;

CREATE TABLE action (
    id                INTEGER PRIMARY KEY,
    assessment_id     INTEGER NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    position          INTEGER NOT NULL,
    text              TEXT    NOT NULL CHECK (length(trim(text)) > 0),
    owner             TEXT    NOT NULL DEFAULT '',
    due               TEXT,
    status            TEXT    NOT NULL CHECK (status IN ('open', 'in-progress', 'done', 'dropped')),
    recommendation_id TEXT,
    updated           TEXT    NOT NULL
);

CREATE INDEX action_assessment ON action (assessment_id, position);
