-- Which overdue item was reminded on which day, so a rerun of the morning job (or a second node)
-- never reminds the same item twice on one day.
CREATE TABLE oversight_reminder_sent (
    kind      VARCHAR(32)  NOT NULL,
    item_id   BIGINT       NOT NULL,
    sent_on   DATE         NOT NULL,
    CONSTRAINT oversight_reminder_sent_pk PRIMARY KEY (kind, item_id, sent_on)
);
