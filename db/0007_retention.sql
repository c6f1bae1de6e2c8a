-- PartnerCheck schema, step 6: retention (Archiefwet) and holds.
-- * retention_period: how long a record type is kept, in years, as the organisation's records
--   manager sets it from its selection list (PartnerCheck ships none: no row means keep).
--   'final': a final assessment, counted from its approval date; 'review': one sent for
--   review, counted from its last change. Drafts are working documents, not records.
-- * assessment.hold: when a hold was set (a Woo request, an objection, a lawsuit); while set,
--   nothing destroys the assessment. NULL: no hold.
-- * destruction: the destruction list for the archivist; one row per record destroyed, kept
--   after the assessment itself is gone (so no foreign key), never deleted.

CREATE TABLE retention_period (
    record_type TEXT    PRIMARY KEY CHECK (record_type IN ('final', 'review')),
    years       INTEGER NOT NULL CHECK (years BETWEEN 0 AND 500),
    basis       TEXT    NOT NULL DEFAULT '',
    set_by      TEXT    NOT NULL,
    set_at      TEXT    NOT NULL
);

ALTER TABLE assessment ADD COLUMN hold TEXT;

CREATE TABLE destruction (
    id              INTEGER PRIMARY KEY,
    assessment_id   INTEGER NOT NULL,
    dutch_party     TEXT    NOT NULL,
    counterpart     TEXT    NOT NULL,
    state           TEXT    NOT NULL,
    revision        INTEGER NOT NULL,
    approved_on     TEXT,
    record_type     TEXT    NOT NULL,
    years           INTEGER NOT NULL,
    basis           TEXT    NOT NULL,
    retention_start TEXT    NOT NULL,
    due             TEXT    NOT NULL,
    destroyed_at    TEXT    NOT NULL,
    destroyed_by    TEXT    NOT NULL,
    reports_sha256  TEXT    NOT NULL DEFAULT ''
);
