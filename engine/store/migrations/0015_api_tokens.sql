-- Version 15: named API tokens (issue 17), each with a role, optional tag scope and expiry.
-- Only a SHA-256 of the token is kept (secret_hash), never the token: the plain text is shown
-- once, when it is made. `lookup` is the token's public part ("fct_<lookup>_<secret>"), so a
-- request finds its row without searching by the secret; the legacy token (the old api-token
-- file, adopted as an admin token named "legacy") has none and is matched by hash alone.
-- A revoked token keeps its row (revoked_at set) so its name stays in the audit's sense and a
-- revoked legacy token is not adopted again on the next start. Portable SQL for both databases.
CREATE TABLE api_tokens (
    id ${ID},
    name TEXT NOT NULL UNIQUE,
    lookup TEXT NOT NULL DEFAULT '',
    secret_hash TEXT NOT NULL,
    role TEXT NOT NULL,
    tags TEXT NOT NULL DEFAULT '',
    expires_at BIGINT,
    created_at BIGINT NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    last_used_at BIGINT,
    revoked_at BIGINT
);
CREATE INDEX api_tokens_lookup ON api_tokens (lookup);
