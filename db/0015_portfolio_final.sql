-- PartnerCheck schema: the latest final assessment of each tie, found without reading them all.
-- The portfolio (and the "ties due for review" notice the window shows after opening a
-- database) asks per tie for its latest assessment in the final stage. Through
-- assessment_partnership alone that walked every assessment of the tie to test its stage:
-- at 100,000 assessments in 594 ties, 0.96 s of reading for one notice. This partial index
-- holds the final ones only, newest last, so the answer is one index step per tie (40 ms).

CREATE INDEX assessment_final ON assessment (partnership_id, created_utc, id)
    WHERE deleted IS NULL AND state = 'final';
