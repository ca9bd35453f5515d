package org.lvzhi.notifications;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marks notifications read for one account. Not audited: reading is not a change of the records.
 */
@Component
class ReadMarks {

	private final JdbcClient jdbc;
	private final Clock clock;

	ReadMarks(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Marks the notification read with every other notice about the same record addressed to the
	 * reader: she read about the record, not one notice of it.
	 *
	 * @return whether the notification is addressed to the reader (and now read)
	 */
	@Transactional
	boolean markRead(Reader reader, long id) {
		if (reader.isNobody()) {
			return false;
		}
		boolean addressed = jdbc.sql("""
				SELECT COUNT(*) FROM notifications_notification n WHERE n.id = :id AND EXISTS (
				    SELECT 1 FROM notifications_recipient k WHERE k.notification_id = n.id AND k.recipient_key IN (:keys))""")
			.param("id", id)
			.param("keys", reader.keys())
			.query(Long.class)
			.single() > 0;
		if (addressed) {
			jdbc.sql("""
					INSERT INTO notifications_read (notification_id, account_id, read_at)
					SELECT n.id, :account, :at FROM notifications_notification n
					WHERE n.subject = (SELECT m.subject FROM notifications_notification m WHERE m.id = :id)
					  AND EXISTS (SELECT 1 FROM notifications_recipient k
					              WHERE k.notification_id = n.id AND k.recipient_key IN (:keys))
					  AND NOT EXISTS (SELECT 1 FROM notifications_read r WHERE r.notification_id = n.id AND r.account_id = :account)
					ON CONFLICT DO NOTHING""")
				.param("id", id)
				.param("account", reader.accountId())
				.param("at", OffsetDateTime.now(clock))
				.param("keys", reader.keys())
				.update();
		}
		return addressed;
	}

	/** @return how many notifications were newly marked read */
	@Transactional
	int markAllRead(Reader reader) {
		if (reader.isNobody()) {
			return 0;
		}
		return jdbc.sql("""
				INSERT INTO notifications_read (notification_id, account_id, read_at)
				SELECT n.id, :account, :at FROM notifications_notification n
				WHERE EXISTS (SELECT 1 FROM notifications_recipient k
				              WHERE k.notification_id = n.id AND k.recipient_key IN (:keys))
				  AND NOT EXISTS (SELECT 1 FROM notifications_read r WHERE r.notification_id = n.id AND r.account_id = :account)
				ON CONFLICT DO NOTHING""")
			.param("account", reader.accountId())
			.param("at", OffsetDateTime.now(clock))
			.param("keys", reader.keys())
			.update();
	}
}
