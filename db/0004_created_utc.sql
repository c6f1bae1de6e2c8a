-- PartnerCheck schema, step 4: when an assessment was started, as an instant.
-- * created keeps the time as it was recorded, with the UTC offset of the computer it was
--   made on (the interchange file gives it back exactly);
-- * created_utc is the same moment in UTC ('YYYY-MM-DD HH:MM:SS.SSS'), so assessments made
--   either side of a change of summer time, or in another time zone, sort in the order they
--   were made. Text order of created is not time order: 02:30+02:00 is before 02:10+01:00.
--   NULL only for a time SQLite cannot place (beyond the year 9999 in UTC): sorted first.

ALTER TABLE assessment ADD COLUMN created_utc TEXT;
UPDATE assessment SET created_utc = strftime('%Y-%m-%d %H:%M:%f', created);

CREATE INDEX assessment_partnership_created ON assessment (dutch_party, counterpart, created_utc);
