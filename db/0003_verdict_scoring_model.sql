-- PartnerCheck schema, step 3: the verdict and the scoring model.
-- * overall: no longer 'low' by default; NULL until the summary is computed. An assessment
--   with no answers must never read as low, in the database either.
-- * verdict: not-started | incomplete | low | medium | high; NULL means "summary not yet
--   computed with the current rules" (the store computes it right after this step).
-- * scoring_model: the rules the levels were computed with. Everything stored before this
--   step was scored with model 1; a final assessment keeps its model, drafts are rescored.
-- * scoring_state: the model with which all drafts were last rescored (one row).

ALTER TABLE assessment DROP COLUMN overall;
ALTER TABLE assessment ADD COLUMN overall TEXT CHECK (overall IN ('low', 'medium', 'high'));
ALTER TABLE assessment ADD COLUMN verdict TEXT
    CHECK (verdict IN ('not-started', 'incomplete', 'low', 'medium', 'high'));
ALTER TABLE assessment ADD COLUMN scoring_model INTEGER NOT NULL DEFAULT 1 CHECK (scoring_model >= 1);

CREATE TABLE scoring_state (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    model INTEGER NOT NULL
);
INSERT INTO scoring_state (id, model) VALUES (1, 0);
