-- PartnerCheck schema, step 6: indexes for a list that is read a page at a time.
-- The start screen asks SQL for the first screenful in the chosen order (and more as it is
-- scrolled); these let SQLite walk an index in that order and stop, instead of reading and
-- sorting every assessment. Partial (deleted IS NULL): the bin is never listed this way.
-- The first also carries the columns the filter reads, so filtering never touches the table.

CREATE INDEX assessment_list_updated ON assessment (updated DESC, id DESC, dutch_party, counterpart, assessor, status, verdict)
    WHERE deleted IS NULL;
CREATE INDEX assessment_list_party ON assessment (dutch_party COLLATE NOCASE, counterpart COLLATE NOCASE, id)
    WHERE deleted IS NULL;
CREATE INDEX assessment_list_counterpart ON assessment (counterpart COLLATE NOCASE, dutch_party COLLATE NOCASE, id)
    WHERE deleted IS NULL;

-- The text filter: a trigram full-text index of the three names the filter looks in (every
-- run of three letters, case folded), so a word of three letters or more finds its rows
-- without reading the others. Contentless: it keeps only the index; the triggers feed it the
-- same text on every insert, change of a name and delete, and remove exactly what they added.
CREATE VIRTUAL TABLE assessment_search USING fts5(haystack, content = '', tokenize = 'trigram');
INSERT INTO assessment_search (rowid, haystack)
    SELECT id, dutch_party || char(10) || counterpart || char(10) || assessor FROM assessment;
CREATE TRIGGER assessment_search_insert AFTER INSERT ON assessment BEGIN
    INSERT INTO assessment_search (rowid, haystack) VALUES (new.id, new.dutch_party || char(10) || new.counterpart || char(10) || new.assessor);
END;
CREATE TRIGGER assessment_search_delete AFTER DELETE ON assessment BEGIN
    INSERT INTO assessment_search (assessment_search, rowid, haystack)
        VALUES ('delete', old.id, old.dutch_party || char(10) || old.counterpart || char(10) || old.assessor);
END;
CREATE TRIGGER assessment_search_update AFTER UPDATE OF dutch_party, counterpart, assessor ON assessment BEGIN
    INSERT INTO assessment_search (assessment_search, rowid, haystack)
        VALUES ('delete', old.id, old.dutch_party || char(10) || old.counterpart || char(10) || old.assessor);
    INSERT INTO assessment_search (rowid, haystack) VALUES (new.id, new.dutch_party || char(10) || new.counterpart || char(10) || new.assessor);
END;
