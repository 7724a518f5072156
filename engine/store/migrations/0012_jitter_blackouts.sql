-- Version 12: schedule jitter and blackout windows (docs/JITTER.md).
--
-- tasks.start_delay_s: the task's max start delay: each fire starts at its time plus a random
-- 0..start_delay_s seconds, so tasks written alike do not all hit their servers at once.
ALTER TABLE tasks ADD COLUMN start_delay_s INTEGER NOT NULL DEFAULT 0 CHECK (start_delay_s >= 0);

-- tasks.next_fire_delay_ms: how much of next_fire_at is that random delay. next_fire_at stays
-- the instant the fire is claimed (so due queries, the timer and the claim's compare-and-set are
-- unchanged); next_fire_at - next_fire_delay_ms is the time the schedule named, from which the
-- following fire is counted, so the delays never add up into drift.
ALTER TABLE tasks ADD COLUMN next_fire_delay_ms BIGINT NOT NULL DEFAULT 0;

-- tasks.blackouts: the task's blackout windows, one spec per line (BlackoutWindow); a fire
-- inside one is recorded as a skipped run and not run. Global windows are the setting
-- 'schedule.blackouts' in the settings table, in the same form.
ALTER TABLE tasks ADD COLUMN blackouts TEXT NOT NULL DEFAULT '';

-- runs.start_delay_ms: the random delay this fire drew; scheduled_for is the time the schedule
-- named, so a run started at scheduled_for + start_delay_ms was on time.
ALTER TABLE runs ADD COLUMN start_delay_ms BIGINT NOT NULL DEFAULT 0;
