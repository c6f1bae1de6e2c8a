-- PartnerCheck schema, step 5: the report an assessment was approved with.
-- At approval the advice report is made in Dutch and English and kept here, so that a reprint
-- of a final assessment is the very document that was approved, byte for byte, even after
-- PartnerCheck's report layout or texts have changed.

CREATE TABLE approved_report (
    assessment_id INTEGER NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    lang          TEXT    NOT NULL CHECK (lang IN ('nl', 'en')),
    pdf           BLOB    NOT NULL,
    sha256        TEXT    NOT NULL,
    made          TEXT    NOT NULL,
    PRIMARY KEY (assessment_id, lang)
) WITHOUT ROWID;
