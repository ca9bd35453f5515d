package org.lvzhi.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import org.lvzhi.platform.China;

import tools.jackson.databind.json.JsonMapper;

/**
 * A notification as stored, before it is rendered in the reader's language.
 *
 * @param settled whether the action it asked for has been done ({@link NotificationsSettled})
 */
record StoredNotification(long id, String messageKey, List<String> args, String link, String category,
		String subject, OffsetDateTime createdAt, boolean read, boolean settled) {

	static StoredNotification map(ResultSet rs, JsonMapper json, boolean withReadMark) throws SQLException {
		return new StoredNotification(rs.getLong("id"), rs.getString("message_key"),
				List.of(json.readValue(rs.getString("args"), String[].class)), rs.getString("link"),
				rs.getString("category"), rs.getString("subject"), inChina(rs.getObject("created_at", OffsetDateTime.class)),
				withReadMark && rs.getBoolean("is_read"), rs.getObject("settled_at", OffsetDateTime.class) != null);
	}

	/** PostgreSQL answers in the session's zone, H2 in the stored offset: show both in China time. */
	static OffsetDateTime inChina(OffsetDateTime time) {
		return time == null ? null : time.atZoneSameInstant(China.ZONE).toOffsetDateTime();
	}

	/** Waiting for the reader: neither read nor settled. */
	boolean waiting() {
		return !read && !settled;
	}
}
