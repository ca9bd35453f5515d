-- Ends an account's open sessions when it is disabled or its password is reset or changed: a
-- session signed in under an older epoch is over.
ALTER TABLE accounts_account ADD COLUMN session_epoch INT NOT NULL DEFAULT 0;

-- Failed sign-ins are counted per (user name, client) and per client over all names
-- (account_name = ''), no longer on the account, so that nobody can lock an account for everybody.
ALTER TABLE accounts_account DROP COLUMN failed_logins;
ALTER TABLE accounts_account DROP COLUMN locked_until;
CREATE TABLE accounts_sign_in_failure (
    account_name     VARCHAR(64)  NOT NULL,
    client           VARCHAR(64)  NOT NULL,
    failures         INT          NOT NULL,
    locks            INT          NOT NULL,
    locked_until     TIMESTAMP WITH TIME ZONE,
    last_failure_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_name, client)
);
CREATE INDEX accounts_sign_in_failure_locked_idx ON accounts_sign_in_failure (locked_until);

-- The second factor: the shared secret of an authenticator app (RFC 6238) and the last time step
-- whose code was accepted, so that no code is accepted twice.
CREATE TABLE accounts_second_factor (
    account_id   BIGINT       NOT NULL PRIMARY KEY REFERENCES accounts_account (id),
    secret       VARCHAR(64)  NOT NULL,
    enrolled_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_step    BIGINT       NOT NULL
);

-- Recovery codes, only as SHA-256 hashes; each works once.
CREATE TABLE accounts_recovery_code (
    account_id  BIGINT    NOT NULL REFERENCES accounts_account (id),
    code_hash   CHAR(64)  NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (account_id, code_hash)
);
