package org.lvzhi.legislation.inputs;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lvzhi.liaison.OpinionSentAsLegislativeInput;
import org.lvzhi.platform.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The commission's inbox of legislative input, table {@code legislation_input}. */
@Component
class InputStore {

	private static final String SELECT = """
			SELECT i.id, i.opinion_id, i.station_id, i.station_name, i.subject, i.body, i.category, i.note, i.sent_on,
			  i.received_at, i.state, i.project_id, p.title, i.comment_id, i.answer, i.answered_on, i.version
			FROM legislation_input i LEFT JOIN legislation_project p ON p.id = i.project_id""";

	private final JdbcClient jdbc;

	InputStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(OpinionSentAsLegislativeInput e, Instant at) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO legislation_input (opinion_id, station_id, station_name, subject, body, category, note, sent_on,
				  received_at, state)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'NEW')""")
			.params(e.opinion().value(), e.station() == null ? null : e.station().value(), cut(e.stationName(), 120),
					cut(e.subject(), 200), cut(e.body(), 4000), cut(e.category(), 32), cut(e.note(), 2000),
					Date.valueOf(e.sentOn()), Timestamp.from(at))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/** Whether this opinion is already in the inbox and not yet dealt with: a repeated event adds nothing. */
	boolean waiting(long opinionId) {
		return jdbc.sql("SELECT COUNT(*) FROM legislation_input WHERE opinion_id = ? AND state = 'NEW'")
			.param(opinionId)
			.query(Long.class)
			.single() > 0;
	}

	Optional<LegislativeInput> find(long id) {
		return jdbc.sql(SELECT + " WHERE i.id = ?").param(id).query(InputStore::row).optional();
	}

	/** The latest input made of this opinion: an opinion reopened and sent again comes twice. */
	Optional<LegislativeInput> latestOf(long opinionId) {
		return jdbc.sql(SELECT + " WHERE i.opinion_id = ? ORDER BY i.id DESC LIMIT 1")
			.param(opinionId)
			.query(InputStore::row)
			.optional();
	}

	Page<LegislativeInput> page(InputState state, Long station, int number, int size) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		List<Object> params = new ArrayList<>();
		if (state != null) {
			where.append(" AND i.state = ?");
			params.add(state.name());
		}
		if (station != null) {
			where.append(" AND i.station_id = ?");
			params.add(station);
		}
		long total = jdbc.sql("SELECT COUNT(*) FROM legislation_input i" + where).params(params).query(Long.class).single();
		List<Object> paged = new ArrayList<>(params);
		paged.add(size);
		paged.add(Page.offset(number, size));
		List<LegislativeInput> items = jdbc.sql(SELECT + where + " ORDER BY i.sent_on DESC, i.id DESC LIMIT ? OFFSET ?")
			.params(paged)
			.query(InputStore::row)
			.list();
		return new Page<>(items, number, size, total);
	}

	/** The stations input came from, by id, with their names as last sent: the list's filter. */
	Map<Long, String> stations() {
		Map<Long, String> names = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT station_id, MAX(station_name) FROM legislation_input WHERE station_id IS NOT NULL
				GROUP BY station_id ORDER BY MAX(station_name)""")
			.query((ResultSet rs) -> {
				names.put(rs.getLong(1), rs.getString(2));
			});
		return names;
	}

	boolean take(long id, int version, long project, Long comment, String answer, LocalDate on, Long by) {
		return jdbc.sql("""
				UPDATE legislation_input SET state = 'TAKEN', project_id = ?, comment_id = ?, answer = ?, answered_on = ?,
				  answered_by = ?, version = version + 1
				WHERE id = ? AND version = ? AND state = 'NEW'""")
			.params(project, comment, answer, Date.valueOf(on), by, id, version)
			.update() == 1;
	}

	boolean answer(long id, int version, String answer, LocalDate on, Long by) {
		return jdbc.sql("""
				UPDATE legislation_input SET state = 'ANSWERED', answer = ?, answered_on = ?, answered_by = ?,
				  version = version + 1
				WHERE id = ? AND version = ? AND state = 'NEW'""")
			.params(answer, Date.valueOf(on), by, id, version)
			.update() == 1;
	}

	private static LegislativeInput row(ResultSet rs, int n) throws SQLException {
		Date answered = rs.getDate(16);
		return new LegislativeInput(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3, Long.class), rs.getString(4),
				rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getDate(9).toLocalDate(),
				rs.getTimestamp(10).toInstant(), InputState.valueOf(rs.getString(11)), rs.getObject(12, Long.class),
				rs.getString(13), rs.getObject(14, Long.class), rs.getString(15),
				answered == null ? null : answered.toLocalDate(), rs.getInt(17));
	}

	private static String cut(String s, int max) {
		if (s == null || s.isBlank()) {
			return null;
		}
		String v = s.strip();
		return v.length() > max ? v.substring(0, max) : v;
	}
}
