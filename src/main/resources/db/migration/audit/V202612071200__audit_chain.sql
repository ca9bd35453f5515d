-- The client of a logged action, as a keyed hash (platform.ClientHashes), kept apart from the entry
-- so that retention can erase it while the entry, append-only, stays.
CREATE TABLE audit_client (
    entry_id     BIGINT PRIMARY KEY,
    client_hash  VARCHAR(64) NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX audit_client_recorded_idx ON audit_client (recorded_at);

-- The hash chain: each committed entry is sealed in order (seq) with an HMAC over its content and
-- the previous seal's hash. Append-only like the entries.
CREATE TABLE audit_seal (
    seq        BIGINT PRIMARY KEY,
    entry_id   BIGINT NOT NULL UNIQUE,
    prev_hash  VARCHAR(64) NOT NULL,
    hash       VARCHAR(64) NOT NULL
);

-- The head of the chain: its one row is locked while entries are sealed, so that sealing is
-- serialized across threads and nodes, and it says how long the chain is (a removed tail shows).
CREATE TABLE audit_chain (
    id         INT PRIMARY KEY,
    sealed     BIGINT NOT NULL,
    last_hash  VARCHAR(64) NOT NULL
);
INSERT INTO audit_chain (id, sealed, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
