-- PartnerCheck schema, step 6: what answers rest on, and a stable identity.
-- * evidence_blob: the content of attached files, once per SHA-256 however often attached.
--   The content is the last column, so reading sha256 and size never reads the blob's pages.
-- * evidence: a file attached to one answer (assessment + question) with its name as given,
--   when and by whom; deleted: in the bin (NULL: not). Blobs no attachment uses any more go
--   when the bin is emptied.
-- * answer.basis: document | conversation | public-source | assumption; NULL: not recorded
--   (every answer given before this step).
-- * assessment.uuid: the identity an assessment keeps in every database it is imported into
--   (interchange format 2). Filled here for the assessments stored before this step.

CREATE TABLE evidence_blob (
    id      INTEGER PRIMARY KEY,
    sha256  TEXT    NOT NULL UNIQUE CHECK (length(sha256) = 64),
    size    INTEGER NOT NULL CHECK (size >= 0),
    content BLOB    NOT NULL
);

CREATE TABLE evidence (
    id            INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    question_id   TEXT    NOT NULL,
    sha256        TEXT    NOT NULL REFERENCES evidence_blob (sha256),
    name          TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    size          INTEGER NOT NULL,
    added         TEXT    NOT NULL,
    added_by      TEXT    NOT NULL,
    deleted       TEXT
);

CREATE INDEX evidence_answer ON evidence (assessment_id, question_id);
CREATE INDEX evidence_sha256 ON evidence (sha256);

ALTER TABLE answer ADD COLUMN basis TEXT
    CHECK (basis IN ('document', 'conversation', 'public-source', 'assumption'));

ALTER TABLE assessment ADD COLUMN uuid TEXT;
UPDATE assessment SET uuid = lower(
    hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
    || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))
);
CREATE UNIQUE INDEX assessment_uuid ON assessment (uuid);
