-- The tracking and receipt codes a signed-in member of the public got for what she sent, so that
-- "my submissions" lists them; what each code stands for stays with the module that issued it.
CREATE TABLE platform_submitted_code (
    account_id    BIGINT       NOT NULL,
    code          VARCHAR(32)  NOT NULL,
    submitted_at  TIMESTAMP    NOT NULL,
    PRIMARY KEY (account_id, code)
);
