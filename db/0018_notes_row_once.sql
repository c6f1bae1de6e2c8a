-- PartnerCheck schema: an assessment stored whole writes its notes' full-text row once.
-- answer_ai rebuilds the assessment's row of notes in search_index (all its notes joined) for
-- every answer with a note inserted, each time a new FTS5 segment: storing an imported
-- assessment with 7 notes rebuilt it 7 times, half a millisecond of a file's import when a
-- folder is imported at 500 files a second (issue 16). The store's insert path names the new
-- assessment in notes_written_after for the length of its transaction, inserts the answers,
-- writes the row itself with the same statement the trigger uses (the same text, so the same
-- search results) and takes the name out again: the table is empty outside a transaction.
-- Every other insert (an answer saved in the window, a replaced draft) is as it was.

CREATE TABLE notes_written_after (
    assessment_id INTEGER PRIMARY KEY
);

DROP TRIGGER answer_ai;
CREATE TRIGGER answer_ai AFTER INSERT ON answer
    WHEN new.note != '' AND NOT EXISTS (SELECT 1 FROM notes_written_after WHERE assessment_id = new.assessment_id) BEGIN
    DELETE FROM search_index WHERE rowid = new.assessment_id * 8 + 4;
    INSERT INTO search_index (rowid, body)
        SELECT new.assessment_id * 8 + 4, group_concat(note, ' ') FROM answer WHERE assessment_id = new.assessment_id AND note != '' HAVING count(*) > 0;
END;
