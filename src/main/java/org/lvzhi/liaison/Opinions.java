package org.lvzhi.liaison;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lvzhi.platform.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of opinions for lists, pages and the tracking page. List rows carry no personal data. */
@Service
@Transactional(readOnly = true)
public class Opinions {

	private final JdbcClient jdbc;
	private final OpinionStore store;

	Opinions(JdbcClient jdbc, OpinionStore store) {
		this.jdbc = jdbc;
		this.store = store;
	}

	public Optional<Opinion> get(OpinionId id) {
		return store.find(id);
	}

	public Optional<Opinion> byTrackingCode(String code) {
		return store.findByCode(code);
	}

	/**
	 * Criteria of the list, each optional.
	 * @param deputy only opinions of this deputy's stations or left for this deputy (a deputy's scope)
	 * @param overdue only forwarded opinions past their due date on {@code today}
	 */
	public record Query(Long station, String district, OpinionState state, String category, Boolean overdue,
			LocalDate from, LocalDate to, String text, Long deputy, LocalDate today) {

		public static Query all(LocalDate today) {
			return new Query(null, null, null, null, null, null, null, null, null, today);
		}
	}

	/** A row of the opinion list. */
	public record Item(long id, String trackingCode, OpinionSource source, Long stationId, LocalDate receivedOn,
			String subject, String category, OpinionState state, String forwardedTo, LocalDate dueOn, boolean solved,
			LocalDate closedOn, boolean overdue) {
	}

	public Page<Item> find(Query q, int page, int size) {
		Map<String, Object> params = new HashMap<>();
		String where = where(q, params);
		// A capped count: an exact one over a year of a province's opinions cost more than the page itself.
		long counted = jdbc.sql("SELECT COUNT(*) FROM (SELECT 1 FROM liaison_opinion o LEFT JOIN liaison_station s"
				+ " ON s.id = o.station_id" + where + " LIMIT :cap) c")
			.params(params).param("cap", Page.countCap(page, size)).query(Long.class).single();
		// The row's columns only: the body and the constituent's data are not shown and can be long.
		List<Item> items = jdbc.sql("SELECT " + LIST_COLUMNS + " FROM liaison_opinion o LEFT JOIN liaison_station s"
				+ " ON s.id = o.station_id" + where + " ORDER BY o.received_on DESC, o.id DESC LIMIT :limit OFFSET :offset")
			.params(params).param("limit", size).param("offset", Page.offset(page, size))
			.query((rs, n) -> item(rs, q.today())).list();
		return Page.withCappedTotal(items, page, size, counted);
	}

	/** What {@link #item} reads. */
	static final String LIST_COLUMNS = "o.id, o.tracking_code, o.source, o.station_id, o.received_on, o.subject,"
			+ " o.category, o.state, o.forwarded_to, o.due_on, o.solved, o.closed_on";

	public List<Item> all(Query q) {
		Map<String, Object> params = new HashMap<>();
		return jdbc.sql("SELECT o.* FROM liaison_opinion o LEFT JOIN liaison_station s ON s.id = o.station_id"
				+ where(q, params) + " ORDER BY o.received_on DESC, o.id DESC")
			.params(params).query((rs, n) -> item(rs, q.today())).list();
	}

	public long count(Query q) {
		Map<String, Object> params = new HashMap<>();
		return jdbc.sql("SELECT COUNT(*) FROM liaison_opinion o LEFT JOIN liaison_station s ON s.id = o.station_id"
				+ where(q, params)).params(params).query(Long.class).single();
	}

	/** Opinions collected at a reception day. */
	public List<Item> ofDay(ReceptionDayId day, LocalDate today) {
		return jdbc.sql("SELECT o.* FROM liaison_opinion o WHERE o.day_id = :d ORDER BY o.id").param("d", day.value())
			.query((rs, n) -> item(rs, today)).list();
	}

	static String where(Query q, Map<String, Object> params) {
		List<String> c = new ArrayList<>();
		if (q.station() != null) {
			c.add("o.station_id = :station");
			params.put("station", q.station());
		}
		if (q.district() != null && !q.district().isBlank()) {
			c.add("s.district = :district");
			params.put("district", q.district());
		}
		if (q.state() != null) {
			c.add("o.state = :state");
			params.put("state", q.state().name());
		}
		if (q.category() != null && !q.category().isBlank()) {
			c.add("o.category = :category");
			params.put("category", q.category());
		}
		if (Boolean.TRUE.equals(q.overdue())) {
			c.add("o.state = 'FORWARDED' AND o.due_on < :today");
			params.put("today", q.today());
		}
		if (q.from() != null) {
			c.add("o.received_on >= :from");
			params.put("from", q.from());
		}
		if (q.to() != null) {
			c.add("o.received_on <= :to");
			params.put("to", q.to());
		}
		if (q.text() != null && !q.text().isBlank()) {
			c.add("(o.subject LIKE :text OR o.tracking_code = :code)");
			params.put("text", "%" + q.text().strip() + "%");
			params.put("code", q.text().strip().toUpperCase());
		}
		if (q.deputy() != null) {
			c.add("(o.station_id IN (SELECT station_id FROM liaison_station_deputy WHERE person_id = :deputy)"
					+ " OR o.id IN (SELECT opinion_id FROM liaison_opinion_deputy WHERE person_id = :deputy))");
			params.put("deputy", q.deputy());
		}
		return c.isEmpty() ? "" : " WHERE " + String.join(" AND ", c);
	}

	private static Item item(ResultSet rs, LocalDate today) throws SQLException {
		OpinionState state = OpinionState.valueOf(rs.getString("state"));
		LocalDate due = rs.getObject("due_on", LocalDate.class);
		return new Item(rs.getLong("id"), rs.getString("tracking_code"), OpinionSource.valueOf(rs.getString("source")),
				rs.getObject("station_id", Long.class), rs.getObject("received_on", LocalDate.class),
				rs.getString("subject"), rs.getString("category"), state, rs.getString("forwarded_to"), due,
				rs.getBoolean("solved"), rs.getObject("closed_on", LocalDate.class),
				state == OpinionState.FORWARDED && due != null && today != null && due.isBefore(today));
	}
}
