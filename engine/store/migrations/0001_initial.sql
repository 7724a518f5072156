-- Fleetcron schema, version 1: every table of DESIGN.md.
-- Portable SQL only; ${ID} and ${BLOB} are filled in by SqlDialect.
-- Times are epoch milliseconds in UTC (BIGINT): compact, fast to compare, the same on every backend.
-- Booleans are INTEGER 0/1 with a CHECK, which both SQLite and PostgreSQL accept.
-- No semicolon may appear inside a statement: the runner splits on them.

-- Servers are never deleted outright: executions keep pointing at them, so history still shows
-- which machine ran what. Removing a server sets deleted_at, and its name becomes free again.
CREATE TABLE servers (
    id ${ID},
    name TEXT NOT NULL,
    host TEXT NOT NULL,
    port INTEGER NOT NULL DEFAULT 22 CHECK (port BETWEEN 1 AND 65535),
    username TEXT NOT NULL DEFAULT '',
    auth TEXT NOT NULL DEFAULT 'agent' CHECK (auth IN ('password', 'key', 'agent')),
    key_path TEXT NOT NULL DEFAULT '',
    host_key_sha256 TEXT NOT NULL DEFAULT '',
    host_key_policy TEXT NOT NULL DEFAULT 'accept-new'
        CHECK (host_key_policy IN ('accept-new', 'strict')),
    tags TEXT NOT NULL DEFAULT '',
    max_parallel INTEGER NOT NULL DEFAULT 4 CHECK (max_parallel >= 1),
    enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    deleted_at BIGINT
);
CREATE UNIQUE INDEX servers_live_name ON servers (name) WHERE deleted_at IS NULL;

CREATE TABLE tasks (
    id ${ID},
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL DEFAULT 'command' CHECK (kind IN ('command', 'script')),
    body TEXT NOT NULL,
    interpreter TEXT NOT NULL DEFAULT '',
    schedule TEXT NOT NULL,
    time_zone TEXT NOT NULL DEFAULT '',
    timeout_s INTEGER NOT NULL DEFAULT 0 CHECK (timeout_s >= 0),
    target TEXT NOT NULL DEFAULT 'all' CHECK (target IN ('all', 'one')),
    overlap TEXT NOT NULL DEFAULT 'skip' CHECK (overlap IN ('skip', 'queue', 'parallel')),
    misfire TEXT NOT NULL DEFAULT 'run-once' CHECK (misfire IN ('skip', 'run-once')),
    retries INTEGER NOT NULL DEFAULT 0 CHECK (retries >= 0),
    retry_delay_s INTEGER NOT NULL DEFAULT 0 CHECK (retry_delay_s >= 0),
    max_output_bytes BIGINT NOT NULL DEFAULT 1048576 CHECK (max_output_bytes >= 0),
    enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    next_fire_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

-- A task's targets: one row per explicit server, or per tag selector (every live server
-- carrying that tag). Exactly one of the two is set.
CREATE TABLE task_servers (
    id ${ID},
    task_id BIGINT NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    server_id BIGINT REFERENCES servers (id) ON DELETE CASCADE,
    tag TEXT,
    CHECK ((server_id IS NULL) <> (tag IS NULL))
);
CREATE UNIQUE INDEX task_servers_task_server ON task_servers (task_id, server_id);
CREATE UNIQUE INDEX task_servers_task_tag ON task_servers (task_id, tag);

-- Deleting a task deletes its history with it (runs, executions, output): the operator asked
-- for the task to be gone. Retention prunes history of live tasks.
CREATE TABLE runs (
    id ${ID},
    task_id BIGINT NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    scheduled_for BIGINT,
    started_at BIGINT,
    finished_at BIGINT,
    trigger TEXT NOT NULL DEFAULT 'schedule'
        CHECK (trigger IN ('schedule', 'manual', 'retry', 'api', 'catch-up')),
    status TEXT NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'running', 'succeeded', 'failed', 'partial', 'skipped',
                          'cancelled', 'interrupted')),
    engine_id TEXT NOT NULL DEFAULT ''
);

CREATE TABLE executions (
    id ${ID},
    run_id BIGINT NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    server_id BIGINT NOT NULL REFERENCES servers (id),
    attempt INTEGER NOT NULL DEFAULT 1 CHECK (attempt >= 1),
    started_at BIGINT,
    ended_at BIGINT,
    status TEXT NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'running', 'succeeded', 'failed', 'timed-out', 'unreachable',
                          'auth-failed', 'host-key-rejected', 'cancelled', 'interrupted')),
    exit_code INTEGER,
    exit_signal TEXT NOT NULL DEFAULT '',
    error TEXT NOT NULL DEFAULT '',
    stdout ${BLOB},
    stderr ${BLOB},
    stdout_truncated INTEGER NOT NULL DEFAULT 0 CHECK (stdout_truncated IN (0, 1)),
    stderr_truncated INTEGER NOT NULL DEFAULT 0 CHECK (stderr_truncated IN (0, 1))
);

-- Live output while an execution runs; folded into executions.stdout/stderr when it ends.
CREATE TABLE execution_output (
    execution_id BIGINT NOT NULL REFERENCES executions (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    stream TEXT NOT NULL CHECK (stream IN ('stdout', 'stderr')),
    at BIGINT NOT NULL,
    bytes ${BLOB} NOT NULL,
    PRIMARY KEY (execution_id, seq)
);

-- Who is alive: each engine heartbeats; a stale heartbeat means its running work is lost.
CREATE TABLE engines (
    id TEXT PRIMARY KEY,
    host TEXT NOT NULL,
    pid BIGINT NOT NULL,
    version TEXT NOT NULL DEFAULT '',
    started_at BIGINT NOT NULL,
    heartbeat_at BIGINT NOT NULL
);
