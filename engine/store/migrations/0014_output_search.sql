-- Version 14: full-text search over stored output (issue 17). One index row per execution with
-- output: the distinct words of its stdout and stderr (runs of letters and digits, lower-cased),
-- written by the store writer with the result (SearchText::document). The index only narrows
-- the candidates; the search service then checks the exact text in the stored output, so both
-- backends answer the same. Lines between "-- @sqlite" / "-- @postgresql" and "-- @end" are
-- kept for that backend only (SqlDialect::expandMigration); ${SEMI} is a ';' inside a trigger.

-- @sqlite
-- FTS5, rowid = executions.id; no positions (detail) and no sizes (columnsize): nothing ranks.
-- Not contentless: SQLite 3.40 cannot delete from a contentless
-- table by rowid (contentless_delete came in 3.43), and pruning must be able to.
CREATE VIRTUAL TABLE execution_search USING fts5(
    body, tokenize = 'unicode61 remove_diacritics 0', detail = none, columnsize = 0);
-- Fewer, larger segments for a writer that adds thousands of rows a transaction: changes gather
-- in an 8 MiB hash (default 1 MiB) before a segment is written, and merges wait for 8 segments
-- of a level (default 4). Stored in the table, so every connection uses them.
INSERT INTO execution_search (execution_search, rank) VALUES ('hashsize', 8388608);
INSERT INTO execution_search (execution_search, rank) VALUES ('automerge', 8);
-- A virtual table takes no foreign key: whatever deletes executions (retention, a task's
-- removal cascading through runs) takes the index row with it here.
CREATE TRIGGER execution_search_gone AFTER DELETE ON executions BEGIN
    DELETE FROM execution_search WHERE rowid = old.id${SEMI}
END;
-- Back-fill: FTS5's tokenizer splits raw text into the same words SearchText does.
INSERT INTO execution_search (rowid, body)
    SELECT id, COALESCE(CAST(stdout AS TEXT), '') || ' ' || COALESCE(CAST(stderr AS TEXT), '')
    FROM executions WHERE length(stdout) > 0 OR length(stderr) > 0;
-- @end

-- @postgresql
-- The words as lexemes as they are (array_to_tsvector: no parser, no stemming), so the query
-- side, built the same way in C++, matches them exactly; no positions (the query is an AND).
CREATE TABLE execution_search (
    execution_id BIGINT PRIMARY KEY REFERENCES executions (id) ON DELETE CASCADE,
    doc tsvector NOT NULL
);
CREATE INDEX execution_search_doc ON execution_search USING GIN (doc);
-- Back-fill: bytea has no safe text cast (invalid UTF-8 raises), so the escape encoding is
-- split instead; ASCII words come out exact, other bytes as \ooo digits (see docs/SEARCH.md).
INSERT INTO execution_search (execution_id, doc)
    SELECT id, array_to_tsvector(array_remove(regexp_split_to_array(lower(
        encode(COALESCE(stdout, ''::bytea), 'escape') || ' ' ||
        encode(COALESCE(stderr, ''::bytea), 'escape')), '[^[:alnum:]]+'), ''))
    FROM executions WHERE length(stdout) > 0 OR length(stderr) > 0;
-- @end
