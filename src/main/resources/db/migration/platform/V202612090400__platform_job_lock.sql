-- One row per scheduled job: the node that runs it holds the row's lock until lock_until, so with
-- several app nodes each morning's reminders and each night's retention run once (ShedLock's table).
CREATE TABLE platform_job_lock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
