-- Version 5: the console lists runs newest first by id, a page at a time (id < the last one
-- shown). Unfiltered, the primary key serves that; filtered by task, runs_task_time orders by
-- scheduled time instead, so without this index a task with a million runs would be sorted
-- whole for every page.
CREATE INDEX runs_task_newest ON runs (task_id, id);
