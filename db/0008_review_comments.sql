-- PartnerCheck schema, step 6: the reviewer's comment per theme.
-- While an assessment is in review, the reviewer says of each theme "akkoord" (ok) or
-- "aanpassen" (change) with a comment, as the CNIL PIA tool does per section. One row per
-- theme holds the last word; every comment given is also in the history.

CREATE TABLE review_comment (
    assessment_id INTEGER NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    theme_id      TEXT    NOT NULL,
    verdict       TEXT    NOT NULL CHECK (verdict IN ('ok', 'change')),
    text          TEXT    NOT NULL DEFAULT '',
    reviewer      TEXT    NOT NULL DEFAULT '',
    at            TEXT    NOT NULL,
    PRIMARY KEY (assessment_id, theme_id)
) WITHOUT ROWID;
