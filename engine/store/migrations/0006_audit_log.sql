-- Version 6: the audit log. Every change made through a service (servers, tasks, settings,
-- runs started or cancelled by hand) leaves one row: who, when, from which face, and the thing
-- before and after as JSON. Secrets never reach it. Retention prunes it with the runs.
CREATE TABLE audit_log (
    id ${ID},
    at BIGINT NOT NULL,
    actor TEXT NOT NULL,
    face TEXT NOT NULL,
    action TEXT NOT NULL,
    target_kind TEXT NOT NULL,
    target_id BIGINT NOT NULL DEFAULT 0,
    target_name TEXT NOT NULL DEFAULT '',
    before_json TEXT NOT NULL DEFAULT '',
    after_json TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_at ON audit_log (at);
