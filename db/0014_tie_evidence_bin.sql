-- PartnerCheck schema: a tie's evidence files go to the bin and come back, like an answer's.
-- * tie_evidence.deleted: when the file was moved to the bin (NULL: attached). Emptying the
--   bin destroys it unless the tie is on hold (a hold on any of its assessments).

ALTER TABLE tie_evidence ADD COLUMN deleted TEXT;
