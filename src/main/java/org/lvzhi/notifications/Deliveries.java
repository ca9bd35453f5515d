package org.lvzhi.notifications;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.lvzhi.platform.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The e-mail delivery state of notifications, as the administrator sees and retries it.
 */
@Component
class Deliveries {

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final Clock clock;

	Deliveries(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	Optional<Delivery> find(long id) {
		return jdbc.sql("SELECT * FROM notifications_notification n WHERE n.id = :id")
			.param("id", id)
			.query((rs, row) -> map(rs))
			.optional();
	}

	List<String> recipients(long id) {
		return jdbc.sql("SELECT recipient_key FROM notifications_recipient WHERE notification_id = :id ORDER BY recipient_key")
			.param("id", id)
			.query(String.class)
			.list();
	}

	/** Deliveries in a state (all but the skipped ones when none is given), newest first. */
	Page<Delivery> page(DeliveryState state, int number, int size) {
		String where = state == null ? " WHERE n.delivery_state <> 'SKIPPED'" : " WHERE n.delivery_state = :state";
		var params = state == null ? java.util.Map.<String, Object>of() : java.util.Map.<String, Object>of("state", state.name());
		List<Delivery> items = jdbc.sql("SELECT * FROM notifications_notification n" + where
				+ " ORDER BY n.id DESC LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", size)
			.param("offset", Page.offset(number, size))
			.query((rs, row) -> map(rs))
			.list();
		long total = jdbc.sql("SELECT COUNT(*) FROM notifications_notification n" + where).params(params)
			.query(Long.class).single();
		return new Page<>(items, number, size, total);
	}

	void pending(long id) {
		jdbc.sql("UPDATE notifications_notification SET delivery_state = 'PENDING', delivery_error = NULL WHERE id = :id")
			.param("id", id)
			.update();
	}

	void done(long id, DeliveryState state, String error) {
		jdbc.sql("""
				UPDATE notifications_notification
				SET delivery_state = :state, delivery_error = :error, delivery_attempts = delivery_attempts + 1,
				    delivered_at = :at
				WHERE id = :id""")
			.param("state", state.name())
			.param("error", error == null ? null : error.substring(0, Math.min(error.length(), 1000)))
			.param("at", state == DeliveryState.SENT ? OffsetDateTime.now(clock) : null)
			.param("id", id)
			.update();
	}

	private Delivery map(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Delivery(StoredNotification.map(rs, json, false), DeliveryState.valueOf(rs.getString("delivery_state")),
				rs.getString("delivery_error"), rs.getInt("delivery_attempts"),
				rs.getObject("delivered_at", OffsetDateTime.class));
	}

	record Delivery(StoredNotification notification, DeliveryState state, String error, int attempts,
			OffsetDateTime deliveredAt) {

		public long id() {
			return notification.id();
		}

		/** What the audit log keeps of a delivery. */
		Snapshot snapshot() {
			return new Snapshot(state.name(), error, attempts);
		}
	}

	record Snapshot(String state, String error, int attempts) {
	}
}
