-- Version 19: on SQLite the search index moves to a file of its own beside the database
-- (issue 17: with indexing on, a writer that never idled stored 70.8 % fewer results/s; issue
-- 16: retention's deletes waited on FTS5 merges inside the prune's commits, 81 ms p99 claim
-- lateness). The index file ("<database>-search", SearchIndexFile) has its own write lock,
-- so indexing and its merges run beside the writer on another core and never hold the lock
-- the writer and the scheduler's claims need. It is rebuilt from the stored outputs whenever
-- it is not the one this database last paired with (first open after this migration, a copy
-- of the database without it, a deleted file): see SearchIndexFile::pair.
--
-- PostgreSQL has no database-wide write lock; its index stays where it is (no change).
-- Written to be run again over itself (IF NOT EXISTS): tests that undo a later step of an
-- older migration re-apply everything above it.

-- @sqlite
DROP TRIGGER IF EXISTS execution_search_gone;
DROP TABLE IF EXISTS execution_search;
-- A deleted execution's index row goes later, not in the deleting transaction (retention's
-- prune, a task's removal): its id waits here and the indexer deletes the row from the index
-- file. Until then the row is harmless: search joins every candidate to its execution.
CREATE TABLE IF NOT EXISTS execution_search_removed (
    execution_id INTEGER PRIMARY KEY
);
CREATE TRIGGER execution_search_gone AFTER DELETE ON executions
    WHEN length(old.stdout) > 0 OR length(old.stderr) > 0 BEGIN
    INSERT OR IGNORE INTO execution_search_removed (execution_id) VALUES (old.id)${SEMI}
END;
-- Which index file belongs to this database: the same token is written into the file when
-- it is (re)built, so a file from another database, or none at all, is never trusted.
CREATE TABLE IF NOT EXISTS search_index_pairing (
    token TEXT NOT NULL
);
INSERT INTO search_index_pairing (token) SELECT lower(hex(randomblob(16)))
    WHERE NOT EXISTS (SELECT 1 FROM search_index_pairing);
-- @end
