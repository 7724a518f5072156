-- Version 7: cancel requests across processes. A run belongs to the engine that started it; a
-- face in another process (the CLI, another host's console or API) cannot stop it directly, so
-- it records the request on the run, and the owning engine, which watches for requests on its
-- own runs (LISTEN on PostgreSQL, a short poll on SQLite), cancels it as a local cancel would.
ALTER TABLE runs ADD COLUMN cancel_requested_at BIGINT;
ALTER TABLE runs ADD COLUMN cancel_requested_by TEXT NOT NULL DEFAULT '';
-- Each engine polls for requests on its own runs; only requested runs are in this index, so the
-- poll stays cheap with millions of runs.
CREATE INDEX runs_cancel_requested ON runs (engine_id) WHERE cancel_requested_at IS NOT NULL;
