-- Version 17: history at 10 million executions (issue 16, item 2). Listings are newest first
-- by id; without these indexes each filter below read every matching row and sorted them for a
-- page of 100 (a server's 200,000 executions, a year of runs), and counted them all for the
-- total. With them a page walks its index from the newest entry and stops at the page's end.
-- Built once on an existing database: about a minute for 10 million executions on SQLite.

-- `fleetcron runs` and GET /tasks/ID/executions without a task: newest scheduled first.
CREATE INDEX IF NOT EXISTS runs_newest ON runs (scheduled_for, id);
-- GET /executions?server= and ?status=, newest first; their totals count in these too.
CREATE INDEX IF NOT EXISTS executions_server_newest ON executions (server_id, id);
CREATE INDEX IF NOT EXISTS executions_status_newest ON executions (status, id);
-- GET /executions?since=&until= alone: the time range, then that range's rows sorted.
CREATE INDEX IF NOT EXISTS executions_started ON executions (started_at);
