-- Anonymous forms already sent, by the SHA-256 of their one-time token, with the answer given, so
-- that the same form sent again is answered alike and creates nothing. Rows live as long as a
-- token is valid (lvzhi.abuse.form-hours).
CREATE TABLE platform_form_submission (
    token_hash  CHAR(64)     NOT NULL PRIMARY KEY,
    form        VARCHAR(64)  NOT NULL,
    claimed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    location    VARCHAR(500),
    flash       TEXT
);
CREATE INDEX platform_form_submission_claimed_idx ON platform_form_submission (claimed_at);

-- Hourly allowances of anonymous posts: one row per (form, target, address or network) and clock
-- hour, the key a SHA-256 so that no address is stored.
CREATE TABLE platform_allowance (
    bucket        CHAR(64) NOT NULL,
    window_start  TIMESTAMP WITH TIME ZONE NOT NULL,
    used          INT      NOT NULL,
    PRIMARY KEY (bucket, window_start)
);
CREATE INDEX platform_allowance_window_idx ON platform_allowance (window_start);
