-- Version 2: the indexes the console, the scheduler and reports read by, and a small
-- key/value settings table (retention, lease length, …).

CREATE INDEX runs_task_time ON runs (task_id, scheduled_for);
CREATE INDEX runs_status ON runs (status);
CREATE INDEX runs_engine ON runs (engine_id);

-- A scheduled fire of a task exists once, whichever engine claimed it: the database itself
-- backs the claim-then-run rule.
CREATE UNIQUE INDEX runs_one_per_fire ON runs (task_id, scheduled_for) WHERE trigger = 'schedule';

CREATE INDEX executions_run ON executions (run_id);
CREATE INDEX executions_server_time ON executions (server_id, started_at);
CREATE INDEX executions_status_time ON executions (status, started_at);

CREATE INDEX tasks_next_fire ON tasks (enabled, next_fire_at);
CREATE INDEX task_servers_server ON task_servers (server_id);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);
