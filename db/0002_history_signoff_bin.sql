-- PartnerCheck schema, step 2: the record an assessment has to be.
-- * state: draft -> review -> final; a final assessment is locked and edits start a new
--   revision (previous_id points at the one it continues).
-- * deleted: when the assessment was moved to the bin (NULL: not in the bin).
-- * history: every change to an answer, note, partnership field, action or state.

ALTER TABLE assessment ADD COLUMN state TEXT NOT NULL DEFAULT 'draft'
    CHECK (state IN ('draft', 'review', 'final'));
ALTER TABLE assessment ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE assessment ADD COLUMN previous_id INTEGER REFERENCES assessment (id) ON DELETE SET NULL;
ALTER TABLE assessment ADD COLUMN reviewed_by TEXT;
ALTER TABLE assessment ADD COLUMN approved_by TEXT;
ALTER TABLE assessment ADD COLUMN approved_on TEXT;
ALTER TABLE assessment ADD COLUMN deleted TEXT;

CREATE INDEX assessment_previous ON assessment (previous_id);

CREATE TABLE history (
    id            INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    at            TEXT    NOT NULL,
    actor         TEXT    NOT NULL,
    subject       TEXT    NOT NULL,  -- 'answer:<question id>', 'note:<question id>', 'partnership.<field>', 'action:<id>', 'state'
    old           TEXT,
    new           TEXT
);

CREATE INDEX history_subject ON history (assessment_id, subject, id);
