-- PartnerCheck schema: evidence attached to a tie (an agreement, a council decision about the
-- partnership as a whole), not to one answer of one assessment.
-- * tie_evidence: a file attached to a tie, its content in evidence_blob (shared with answers'
--   evidence, once per SHA-256), with its name as given, when and by whom. Emptying the bin
--   keeps every blob a tie still uses.

CREATE TABLE tie_evidence (
    id             INTEGER PRIMARY KEY,
    partnership_id INTEGER NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    sha256         TEXT    NOT NULL REFERENCES evidence_blob (sha256),
    name           TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    size           INTEGER NOT NULL,
    added          TEXT    NOT NULL,
    added_by       TEXT    NOT NULL
);

CREATE INDEX tie_evidence_tie ON tie_evidence (partnership_id);
CREATE INDEX tie_evidence_sha256 ON tie_evidence (sha256);
