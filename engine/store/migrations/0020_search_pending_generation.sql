-- Version 20: a generation on each pending search row. The indexer reads what waits, writes the
-- index, then deletes the pending rows; on SQLite the read takes no lock, so a second, different
-- result stored for the same execution between the read and the delete found the row there
-- (ON CONFLICT DO NOTHING), the delete then took it, and the index kept the first result's words
-- for good: a search for a word only the second result has missed it. Now storing a result
-- for an output already waiting moves the row's generation (WriterStatements::queueIndexSql),
-- and the indexer deletes only the rows whose generation is still the one it read; the others
-- stay and are indexed again from what is stored (SearchIndexer::clearPending). PostgreSQL's
-- indexer locks its rows (FOR UPDATE), so there the mark waits for the step to commit instead;
-- both backends share the writer's statement, so both get the column.
--
-- 64 bits on both (SQLite's INTEGER is; PostgreSQL's is not). Written to be run again over
-- itself: tests that undo a later step of an older migration re-apply everything above it.

-- @sqlite
-- SQLite's ADD COLUMN has no IF NOT EXISTS: the table is made anew with what waits (a few rows
-- when the indexer keeps up), each at generation 0 (a run again, in tests, starts them over).
-- INTEGER PRIMARY KEY: the id is the rowid, no second b-tree.
CREATE TABLE IF NOT EXISTS execution_search_pending_0020 (
    execution_id INTEGER PRIMARY KEY REFERENCES executions (id) ON DELETE CASCADE,
    generation INTEGER NOT NULL DEFAULT 0
);
INSERT OR IGNORE INTO execution_search_pending_0020 (execution_id)
    SELECT execution_id FROM execution_search_pending;
DROP TABLE execution_search_pending;
ALTER TABLE execution_search_pending_0020 RENAME TO execution_search_pending;
-- @end

-- @postgresql
-- A constant default: no table rewrite (PostgreSQL 11 and later).
ALTER TABLE execution_search_pending ADD COLUMN IF NOT EXISTS generation BIGINT NOT NULL DEFAULT 0;
-- @end
