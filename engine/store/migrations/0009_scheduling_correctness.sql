-- Version 9: what scheduling needs to be right across processes and after a crash.
--
-- tasks.rr_cursor: the server id a target-"one" task ran on last. Kept in the database, not in
-- an engine's memory, so the turn goes on across CLI `task run` invocations and engines; it is
-- moved by compare-and-set (UPDATE ... WHERE rr_cursor = the value read), so two engines never
-- both pick by the same stale value. 0: no run yet.
ALTER TABLE tasks ADD COLUMN rr_cursor BIGINT NOT NULL DEFAULT 0;

-- engines.process_started: the start time of the engine's process as /proc/<pid>/stat gives it
-- (clock ticks since boot), so a later engine on the same host can tell a dead engine whose pid
-- was reused by another program from a live one. 0: unknown (not Linux, or an older engine).
ALTER TABLE engines ADD COLUMN process_started BIGINT NOT NULL DEFAULT 0;

-- executions.remote_pgid: the remote shell's process group, recorded as soon as the command
-- reports it, so the commands of an engine that died can still be stopped on their servers.
ALTER TABLE executions ADD COLUMN remote_pgid BIGINT;

-- runs.reason: why a run ended without running (skipped), in words, e.g. "task disabled while
-- queued". Empty for the others.
ALTER TABLE runs ADD COLUMN reason TEXT NOT NULL DEFAULT '';
