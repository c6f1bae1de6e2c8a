-- PartnerCheck schema, step 6: documents for every audience.
-- A note may be shown in the public version only when the officer says so (notes often name
-- people or repeat what was said in confidence); an action is public unless marked internal.
-- People named in an assessment get a role, entered once and remembered, which the public
-- version prints instead of their name. Publishing a final assessment in the public register is
-- a recorded decision (Woo art. 5.1 lid 2 onder a: international relations): who, when, why.

ALTER TABLE answer ADD COLUMN note_public INTEGER NOT NULL DEFAULT 0 CHECK (note_public IN (0, 1));
ALTER TABLE action ADD COLUMN internal INTEGER NOT NULL DEFAULT 0 CHECK (internal IN (0, 1));

CREATE TABLE person_role (
    name TEXT PRIMARY KEY CHECK (length(trim(name)) > 0),
    role TEXT NOT NULL CHECK (length(trim(role)) > 0)
) WITHOUT ROWID;

CREATE TABLE publication_decision (
    assessment_id INTEGER PRIMARY KEY REFERENCES assessment (id) ON DELETE CASCADE,
    decided_by    TEXT    NOT NULL CHECK (length(trim(decided_by)) > 0),
    decided_at    TEXT    NOT NULL,
    weighing      TEXT    NOT NULL CHECK (length(trim(weighing)) > 0)
);
