package org.lvzhi.notifications;

import java.util.List;
import java.util.Optional;

import org.lvzhi.platform.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * What a reader may see: only notifications addressed to one of the reader's keys, with the
 * reader's own read marks. Every query goes through {@link #ADDRESSED}, so no page can show
 * another user's notification.
 */
@Component
class Inbox {

	private static final String ADDRESSED = " EXISTS (SELECT 1 FROM notifications_recipient k"
			+ " WHERE k.notification_id = n.id AND k.recipient_key IN (:keys))";

	private static final String FROM = " FROM notifications_notification n"
			+ " LEFT JOIN notifications_read r ON r.notification_id = n.id AND r.account_id = :account"
			+ " WHERE" + ADDRESSED;

	private final JdbcClient jdbc;
	private final JsonMapper json;

	Inbox(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** The reader's notifications, newest first. */
	Page<StoredNotification> page(Reader reader, InboxFilter filter, int number, int size) {
		if (reader.isNobody()) {
			return new Page<>(List.of(), number, size, 0);
		}
		String where = FROM + filter.sql();
		List<StoredNotification> items = jdbc.sql("SELECT n.*, CASE WHEN r.notification_id IS NULL THEN FALSE ELSE TRUE END AS is_read"
				+ where + " ORDER BY n.id DESC LIMIT :limit OFFSET :offset")
			.param("keys", reader.keys())
			.param("account", reader.accountId())
			.params(filter.params())
			.param("limit", size)
			.param("offset", Page.offset(number, size))
			.query((rs, row) -> StoredNotification.map(rs, json, true))
			.list();
		long total = jdbc.sql("SELECT COUNT(*)" + where)
			.param("keys", reader.keys())
			.param("account", reader.accountId())
			.params(filter.params())
			.query(Long.class)
			.single();
		return new Page<>(items, number, size, total);
	}

	long unread(Reader reader) {
		if (reader.isNobody()) {
			return 0;
		}
		return jdbc.sql("SELECT COUNT(*)" + FROM + " AND r.notification_id IS NULL")
			.param("keys", reader.keys())
			.param("account", reader.accountId())
			.query(Long.class)
			.single();
	}

	/** The categories of the reader's notifications, for the filter. */
	List<String> categories(Reader reader) {
		if (reader.isNobody()) {
			return List.of();
		}
		return jdbc.sql("SELECT DISTINCT n.category" + FROM + " ORDER BY n.category")
			.param("keys", reader.keys())
			.param("account", reader.accountId())
			.query(String.class)
			.list();
	}

	/** One notification, when it is addressed to the reader; otherwise nothing, as if it did not exist. */
	Optional<StoredNotification> find(Reader reader, long id) {
		if (reader.isNobody()) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT n.*, CASE WHEN r.notification_id IS NULL THEN FALSE ELSE TRUE END AS is_read"
				+ FROM + " AND n.id = :id")
			.param("keys", reader.keys())
			.param("account", reader.accountId())
			.param("id", id)
			.query((rs, row) -> StoredNotification.map(rs, json, true))
			.optional();
	}
}
