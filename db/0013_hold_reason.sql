-- PartnerCheck schema: the reason for a hold.
-- * assessment.hold_reason: why the hold was set (the Woo request's reference, the objection,
--   the lawsuit), as the officer wrote it when setting it; '' for a hold set without one
--   (before this step, or from the command line without --reason). NULL when no hold is set.

ALTER TABLE assessment ADD COLUMN hold_reason TEXT;
UPDATE assessment SET hold_reason = '' WHERE hold IS NOT NULL;
