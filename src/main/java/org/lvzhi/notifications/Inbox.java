package org.lvzhi.notifications;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lvzhi.platform.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * What a reader may see: only notifications addressed to one of the reader's keys, with the
 * reader's own read marks. Every query goes through {@link #ADDRESSED}, so no page can show
 * another user's notification.
 *
 * <p>The inbox shows one line per record (the notifications' subject): a suggestion that was
 * submitted, rated and rated again is one line with three notices, not three lines. A notice is
 * waiting while the reader has not read it and nobody has done what it asked for (settled); the
 * header counts the records with a waiting notice.
 */
@Component
class Inbox {

	private static final String ADDRESSED = " EXISTS (SELECT 1 FROM notifications_recipient k"
			+ " WHERE k.notification_id = n.id AND k.recipient_key IN (:keys))";

	private static final String FROM = " FROM notifications_notification n"
			+ " LEFT JOIN notifications_read r ON r.notification_id = n.id AND r.account_id = :account"
			+ " WHERE" + ADDRESSED;

	static final String WAITING = " r.notification_id IS NULL AND n.settled_at IS NULL";

	private static final String WAITING_COUNT = "SUM(CASE WHEN" + WAITING + " THEN 1 ELSE 0 END)";

	private static final String WITH_READ_MARK = "SELECT n.*, CASE WHEN r.notification_id IS NULL THEN FALSE ELSE TRUE END AS is_read";

	private final JdbcClient jdbc;
	private final JsonMapper json;

	Inbox(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** The reader's notifications one by one, newest first (the notices of one record, when filtered so). */
	Page<StoredNotification> page(Reader reader, InboxFilter filter, int number, int size) {
		if (reader.isNobody()) {
			return new Page<>(List.of(), number, size, 0);
		}
		String where = FROM + filter.sql() + (filter.unreadOnly() ? " AND" + WAITING : "");
		List<StoredNotification> items = jdbc.sql(WITH_READ_MARK + where + " ORDER BY n.id DESC LIMIT :limit OFFSET :offset")
			.params(params(reader, filter))
			.param("limit", size)
			.param("offset", Page.offset(number, size))
			.query((rs, row) -> StoredNotification.map(rs, json, true))
			.list();
		long total = jdbc.sql("SELECT COUNT(*)" + where).params(params(reader, filter)).query(Long.class).single();
		return new Page<>(items, number, size, total);
	}

	/** The reader's notifications as one group per record, the record with the newest notice first. */
	Page<InboxGroup> groups(Reader reader, InboxFilter filter, int number, int size) {
		if (reader.isNobody()) {
			return new Page<>(List.of(), number, size, 0);
		}
		String grouped = FROM + filter.sql() + " GROUP BY n.subject"
				+ (filter.unreadOnly() ? " HAVING " + WAITING_COUNT + " > 0" : "");
		List<long[]> rows = jdbc.sql("SELECT MAX(n.id) AS latest, COUNT(*) AS total, " + WAITING_COUNT + " AS waiting"
				+ grouped + " ORDER BY latest DESC LIMIT :limit OFFSET :offset")
			.params(params(reader, filter))
			.param("limit", size)
			.param("offset", Page.offset(number, size))
			.query((rs, row) -> new long[] { rs.getLong("latest"), rs.getLong("total"), rs.getLong("waiting") })
			.list();
		long total = jdbc.sql("SELECT COUNT(*) FROM (SELECT n.subject" + grouped + ") g")
			.params(params(reader, filter))
			.query(Long.class)
			.single();
		if (rows.isEmpty()) {
			return new Page<>(List.of(), number, size, total);
		}
		Map<Long, StoredNotification> latest = new HashMap<>();
		jdbc.sql(WITH_READ_MARK + " FROM notifications_notification n"
				+ " LEFT JOIN notifications_read r ON r.notification_id = n.id AND r.account_id = :account WHERE n.id IN (:ids)")
			.param("account", reader.accountId())
			.param("ids", rows.stream().map(r -> r[0]).toList())
			.query((rs, row) -> StoredNotification.map(rs, json, true))
			.list()
			.forEach(n -> latest.put(n.id(), n));
		Map<String, List<String>> kinds = kinds(reader, filter, latest.values().stream().map(StoredNotification::subject).toList());
		List<InboxGroup> groups = new ArrayList<>();
		for (long[] row : rows) {
			StoredNotification n = latest.get(row[0]);
			groups.add(new InboxGroup(n, row[1], row[2], kinds.getOrDefault(n.subject(), List.of(n.category()))));
		}
		return new Page<>(groups, number, size, total);
	}

	/** The kinds of notice in each group, most frequent first. */
	private Map<String, List<String>> kinds(Reader reader, InboxFilter filter, List<String> subjects) {
		Map<String, List<String>> kinds = new LinkedHashMap<>();
		jdbc.sql("SELECT n.subject, n.category, COUNT(*) AS c" + FROM + filter.sql() + " AND n.subject IN (:subjects)"
				+ " GROUP BY n.subject, n.category ORDER BY c DESC, n.category")
			.params(params(reader, filter))
			.param("subjects", subjects)
			.query(rs -> {
				kinds.computeIfAbsent(rs.getString("subject"), s -> new ArrayList<>()).add(rs.getString("category"));
			});
		return kinds;
	}

	/** How many records have a notice waiting for the reader: the header's number. */
	long unread(Reader reader) {
		if (reader.isNobody()) {
			return 0;
		}
		return jdbc.sql("SELECT COUNT(DISTINCT n.subject)" + FROM + " AND" + WAITING)
			.params(params(reader, new InboxFilter(false, null)))
			.query(Long.class)
			.single();
	}

	/**
	 * What waits for the reader by kind, for the daily digest: records and notices per category,
	 * leaving out earlier digests; {@code since} limits it to what came after, when given.
	 */
	List<KindCount> waitingByKind(Reader reader, OffsetDateTime since) {
		if (reader.isNobody()) {
			return List.of();
		}
		return jdbc.sql("SELECT n.category, COUNT(DISTINCT n.subject) AS records, COUNT(*) AS notices" + FROM + " AND"
				+ WAITING + " AND n.category <> :digest" + (since == null ? "" : " AND n.created_at > :since")
				+ " GROUP BY n.category ORDER BY records DESC, n.category")
			.params(params(reader, new InboxFilter(false, null)))
			.param("digest", DailyDigest.CATEGORY)
			.params(since == null ? Map.of() : Map.of("since", since))
			.query((rs, row) -> new KindCount(rs.getString("category"), rs.getLong("records"), rs.getLong("notices")))
			.list();
	}

	/** How many records and notices wait for the reader, earlier digests left out. */
	Totals waitingTotals(Reader reader) {
		if (reader.isNobody()) {
			return new Totals(0, 0);
		}
		return jdbc.sql("SELECT COUNT(DISTINCT n.subject) AS records, COUNT(*) AS notices" + FROM + " AND" + WAITING
				+ " AND n.category <> :digest")
			.params(params(reader, new InboxFilter(false, null)))
			.param("digest", DailyDigest.CATEGORY)
			.query((rs, row) -> new Totals(rs.getLong("records"), rs.getLong("notices")))
			.single();
	}

	/** The categories of the reader's notifications, for the filter. */
	List<String> categories(Reader reader) {
		if (reader.isNobody()) {
			return List.of();
		}
		return jdbc.sql("SELECT DISTINCT n.category" + FROM + " ORDER BY n.category")
			.params(params(reader, new InboxFilter(false, null)))
			.query(String.class)
			.list();
	}

	/** One notification, when it is addressed to the reader; otherwise nothing, as if it did not exist. */
	Optional<StoredNotification> find(Reader reader, long id) {
		if (reader.isNobody()) {
			return Optional.empty();
		}
		return jdbc.sql(WITH_READ_MARK + FROM + " AND n.id = :id")
			.params(params(reader, new InboxFilter(false, null)))
			.param("id", id)
			.query((rs, row) -> StoredNotification.map(rs, json, true))
			.optional();
	}

	private static Map<String, Object> params(Reader reader, InboxFilter filter) {
		Map<String, Object> params = new HashMap<>(filter.params());
		params.put("keys", reader.keys());
		params.put("account", reader.accountId());
		return params;
	}

	/** @param records how many records have notices of the kind waiting; @param notices how many notices */
	record KindCount(String category, long records, long notices) {
	}

	record Totals(long records, long notices) {
	}
}
