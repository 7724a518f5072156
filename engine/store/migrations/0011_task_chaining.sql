-- Version 11: task chaining. A task may start other tasks when one of its runs ends.
--
-- task_links: parent task -> child task, on the parent run's outcome (success: succeeded;
-- failure: failed or partial; always: either). Deleting either task deletes the link. The rule
-- that no chain loops back on itself is TaskService's (ChainRules), checked before each save.
CREATE TABLE task_links (
    id ${ID},
    parent_task_id BIGINT NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    child_task_id BIGINT NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    condition TEXT NOT NULL CHECK (condition IN ('success', 'failure', 'always')),
    CHECK (parent_task_id <> child_task_id)
);
CREATE UNIQUE INDEX task_links_edge ON task_links (parent_task_id, child_task_id, condition);
-- Deleting a task finds the links that name it as the child.
CREATE INDEX task_links_child ON task_links (child_task_id);

-- runs.parent_run_id: the run whose end started this one. No foreign key: retention may prune
-- the parent first, and the child still says which run it followed.
ALTER TABLE runs ADD COLUMN parent_run_id BIGINT;
-- One chained run per (parent run, child task), whatever the number of engines: the engine that
-- ran the parent starts the child, and should a second one ever try, the database refuses it.
-- Also the index that finds the runs a run started.
CREATE UNIQUE INDEX runs_one_chain_per_parent ON runs (parent_run_id, task_id)
    WHERE parent_run_id IS NOT NULL;
