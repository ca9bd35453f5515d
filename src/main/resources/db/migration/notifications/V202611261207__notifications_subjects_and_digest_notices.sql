-- The record a notification is about (suggestion:431, or its link when the sender names none), so
-- that the inbox shows one line per record however many notices it brought; and when the action a
-- notification asked for was done (settled_at), so that it no longer counts as waiting.
ALTER TABLE notifications_notification ADD COLUMN subject VARCHAR(200);
UPDATE notifications_notification SET subject = COALESCE(link, 'category:' || category);
ALTER TABLE notifications_notification ALTER COLUMN subject SET NOT NULL;
ALTER TABLE notifications_notification ADD COLUMN settled_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX notifications_notification_subject_idx ON notifications_notification (subject, category);

-- Each account's choice: every notification by e-mail as it comes (IMMEDIATE, the default when no
-- row exists), or one daily digest in the inbox and by e-mail (DAILY). last_digest_on keeps a
-- restarted node from sending the same day's digest twice; a digest goes out only when something
-- came after last_digest_at.
CREATE TABLE notifications_preference (
    account_id     BIGINT       PRIMARY KEY,
    delivery       VARCHAR(16)  NOT NULL,
    last_digest_on DATE,
    last_digest_at TIMESTAMP WITH TIME ZONE,
    version        INT          NOT NULL DEFAULT 0,
    CONSTRAINT notifications_preference_delivery_ck CHECK (delivery IN ('IMMEDIATE','DAILY'))
);
