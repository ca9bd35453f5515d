package org.lvzhi.petitions.handling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lvzhi.petitions.PetitionKind;
import org.lvzhi.petitions.Route;
import org.lvzhi.platform.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of petitions with filters and paging. A row carries the petitioner's masked name only when
 * the office asks ({@code masked}); handling bodies' lists are limited to what was routed to them.
 */
@Service
public class PetitionList {

	private final JdbcClient jdbc;

	PetitionList(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param body only petitions routed to this directory organization (a handling body's scope), or {@code null}
	 * @param overdue only those whose running deadline passed before {@code today}
	 * @param area only those of this district or county
	 * @param bodyName only those handed to the body of this name (as the statistics count it)
	 * @param timeliness only those of this timeliness (see {@link Timeliness})
	 */
	public record Query(PetitionState state, PetitionKind kind, String category, Route route, Boolean supervised,
			Boolean overdue, LocalDate from, LocalDate to, String text, Long body, LocalDate today, String area,
			String bodyName, Timeliness timeliness) {

		public Query(PetitionState state, PetitionKind kind, String category, Route route, Boolean supervised,
				Boolean overdue, LocalDate from, LocalDate to, String text, Long body, LocalDate today) {
			this(state, kind, category, route, supervised, overdue, from, to, text, body, today, null, null, null);
		}
	}

	/** A row of the list; {@code petitioner} is the masked name, or {@code null}. */
	public record Row(long id, String number, PetitionKind kind, LocalDate receivedOn, int headCount, String subject,
			String category, PetitionState state, Route route, String handlingBody, LocalDate due, boolean overdue,
			boolean supervised, String petitioner) {
	}

	static final String DUE = "CASE p.state WHEN 'REGISTERED' THEN p.route_due WHEN 'HANDLING' THEN p.handling_due"
			+ " WHEN 'UNDER_REVIEW' THEN p.review_decision_due WHEN 'UNDER_RE_REVIEW' THEN p.re_review_decision_due END";

	@Transactional(readOnly = true)
	public Page<Row> find(Query q, int number, int size, boolean masked) {
		Map<String, Object> params = new HashMap<>();
		String where = where(q, params);
		long total = jdbc.sql("SELECT COUNT(*) FROM petitions_petition p" + where).params(params).query(Long.class).single();
		List<Row> rows = jdbc.sql("SELECT p.*, " + DUE + " AS due, w.name AS petitioner_name FROM petitions_petition p"
				+ " LEFT JOIN petitions_petitioner w ON w.petition_id = p.id" + where
				+ " ORDER BY p.received_on DESC, p.id DESC LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", size)
			.param("offset", Page.offset(number, size))
			.query((rs, n) -> {
				LocalDate due = rs.getObject("due", LocalDate.class);
				return new Row(rs.getLong("id"), rs.getString("number"), PetitionKind.valueOf(rs.getString("kind")),
						rs.getObject("received_on", LocalDate.class), rs.getInt("head_count"), rs.getString("subject"),
						rs.getString("category"), PetitionState.valueOf(rs.getString("state")),
						rs.getString("route") == null ? null : Route.valueOf(rs.getString("route")),
						rs.getString("handling_body"), due, due != null && q.today() != null && due.isBefore(q.today()),
						rs.getBoolean("supervised"), masked ? Petitioner.maskName(rs.getString("petitioner_name")) : null);
			})
			.list();
		return new Page<>(rows, number, size, total);
	}

	/** The SQL of {@link Timeliness} for row {@code p} on {@code :today}, for counts elsewhere in the module. */
	public static String timelinessSql() {
		return Timeliness.SQL;
	}

	/** Every ID the filter matches, oldest first, for exports. */
	@Transactional(readOnly = true)
	public List<Row> all(Query q) {
		return find(q, 1, 100_000, false).items();
	}

	private static String where(Query q, Map<String, Object> params) {
		List<String> c = new ArrayList<>();
		if (q.state() != null) {
			c.add("p.state = :state");
			params.put("state", q.state().name());
		}
		if (q.kind() != null) {
			c.add("p.kind = :kind");
			params.put("kind", q.kind().name());
		}
		if (q.category() != null && !q.category().isBlank()) {
			c.add("p.category = :category");
			params.put("category", q.category());
		}
		if (q.route() != null) {
			c.add("p.route = :route");
			params.put("route", q.route().name());
		}
		if (Boolean.TRUE.equals(q.supervised())) {
			c.add("p.supervised = TRUE");
		}
		if (Boolean.TRUE.equals(q.overdue()) && q.today() != null) {
			c.add("(" + DUE + ") < :today");
			params.put("today", q.today());
		}
		if (q.from() != null) {
			c.add("p.received_on >= :from");
			params.put("from", q.from());
		}
		if (q.to() != null) {
			c.add("p.received_on <= :to");
			params.put("to", q.to());
		}
		if (q.text() != null && !q.text().isBlank()) {
			c.add("(p.subject LIKE :text OR p.matter LIKE :text OR p.number LIKE :text)");
			params.put("text", "%" + q.text().strip().replace("%", "").replace("_", "") + "%");
		}
		if (q.area() != null && !q.area().isBlank()) {
			c.add("p.area = :area");
			params.put("area", q.area());
		}
		if (q.bodyName() != null && !q.bodyName().isBlank()) {
			c.add("p.handling_body = :bodyName");
			params.put("bodyName", q.bodyName());
		}
		if (q.timeliness() != null && q.today() != null) {
			c.add("(" + Timeliness.SQL + ") = :timeliness");
			params.put("timeliness", q.timeliness().name());
			params.put("today", q.today());
		}
		if (q.body() != null) {
			c.add("p.handling_body_id = :body");
			params.put("body", q.body());
		}
		return c.isEmpty() ? "" : " WHERE " + String.join(" AND ", c);
	}
}
