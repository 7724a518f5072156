-- Version 4: when several daemons share a database, the one that recovers a dead daemon's run
-- retries it. Recovery already hands each run to one daemon; this makes the database itself
-- refuse a second retry run of the same fire, whatever the timing (a restart mid-recovery).
CREATE UNIQUE INDEX runs_one_retry_per_fire ON runs (task_id, scheduled_for) WHERE trigger = 'retry';
