-- Version 10: notifications (issue 13). A rule says when (events), for what (one task, or every
-- task when task_id is 0) and where (a webhook, a ping URL, or the console's tray). Its HMAC
-- secret lives in the secret store under notification/<id>/secret, never here: has_secret only
-- says one was given. Every delivery attempt leaves one row in notification_deliveries, so an
-- operator can see what was sent, when, and what the receiver answered.
CREATE TABLE notification_rules (
    id ${ID},
    name TEXT NOT NULL UNIQUE,
    task_id BIGINT NOT NULL DEFAULT 0,
    events TEXT NOT NULL,
    channel TEXT NOT NULL,
    url TEXT NOT NULL DEFAULT '',
    format TEXT NOT NULL DEFAULT 'plain',
    slow_factor DOUBLE PRECISION NOT NULL DEFAULT 3,
    has_secret INTEGER NOT NULL DEFAULT 0,
    enabled INTEGER NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL
);
CREATE INDEX notification_rules_task ON notification_rules (task_id);

CREATE TABLE notification_deliveries (
    id ${ID},
    rule_id BIGINT NOT NULL,
    rule_name TEXT NOT NULL DEFAULT '',
    event TEXT NOT NULL,
    task_id BIGINT NOT NULL DEFAULT 0,
    run_id BIGINT NOT NULL DEFAULT 0,
    url TEXT NOT NULL DEFAULT '',
    attempt INTEGER NOT NULL,
    outcome TEXT NOT NULL,
    http_status INTEGER NOT NULL DEFAULT 0,
    error TEXT NOT NULL DEFAULT '',
    at BIGINT NOT NULL,
    duration_ms BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX notification_deliveries_at ON notification_deliveries (at);
CREATE INDEX notification_deliveries_rule ON notification_deliveries (rule_id, id);
