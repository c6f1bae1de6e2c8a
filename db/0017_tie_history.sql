-- PartnerCheck schema: the history of a tie, as the history table is an assessment's.
-- * tie_history: every change to a tie (created, its fields old -> new, agreements, merged,
--   split, events, evidence, holds), when and by whom; written in the same transaction as the
--   change. A tie merged into another brings its history along (the rows move before it goes),
--   so nothing of what a Woo request may ask for is lost. Ties made before this step start
--   their history here.

CREATE TABLE tie_history (
    id             INTEGER PRIMARY KEY,
    partnership_id INTEGER NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    at             TEXT    NOT NULL,
    actor          TEXT    NOT NULL,
    subject        TEXT    NOT NULL,  -- 'created', 'status', 'agreement', 'merged', 'event:<id>', 'evidence:<id>', ...
    old            TEXT,
    new            TEXT
);

CREATE INDEX tie_history_tie ON tie_history (partnership_id, id);
