-- Version 16: the search index follows the store writer instead of sitting in its transaction
-- (issue 17: indexing made the writer 58 % slower). A stored result with output gets a row here
-- in the transaction that stores it; the writer indexes these rows when it has nothing else to
-- write, oldest first, and deletes them in the transaction that writes their index rows. Search
-- checks the executions named here exactly, so an output is found from the moment it is stored,
-- indexed or not. SQLite runs with foreign_keys on, so on both backends the row goes with its
-- execution (retention, a removed task).

-- @sqlite
-- INTEGER PRIMARY KEY: the id is the rowid, no second b-tree.
CREATE TABLE execution_search_pending (
    execution_id INTEGER PRIMARY KEY REFERENCES executions (id) ON DELETE CASCADE
);
-- @end

-- @postgresql
CREATE TABLE execution_search_pending (
    execution_id BIGINT PRIMARY KEY REFERENCES executions (id) ON DELETE CASCADE
);
-- @end
