-- Version 13: jump hosts (ssh's ProxyJump). A server may be reached through an ordered list of
-- other servers, each a server record of its own (its own address, auth, secret and host-key
-- pin). position 0 is the first hop, connected to directly; each next hop and finally the server
-- itself are reached through the hop before. Portable SQL: the same for SQLite and PostgreSQL.
-- A jump server is not removed while a server goes through it (the service refuses), so
-- jump_server_id needs no ON DELETE rule; removing the server itself takes its rows with it.
CREATE TABLE server_jumps (
    server_id BIGINT NOT NULL REFERENCES servers (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    jump_server_id BIGINT NOT NULL REFERENCES servers (id),
    PRIMARY KEY (server_id, position)
);

-- "Who goes through this server?": asked before a server is removed.
CREATE INDEX server_jumps_jump ON server_jumps (jump_server_id);
