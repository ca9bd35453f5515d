package org.lvzhi.dutyrecords;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.lvzhi.directory.PersonId;
import org.lvzhi.platform.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read access to the deputies' duty records. Periods are closed ranges of days; the record's
 * lines carry no personal data of constituents, but they are the deputy's own record: callers
 * show the lines only to the deputy and the deputies' affairs office, and totals to everyone.
 */
@Service
@Transactional(readOnly = true)
public class DutyRecords {

	private static final int CHUNK = 500;

	private final JdbcClient jdbc;

	DutyRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public static LocalDate yearStart(int year) {
		return LocalDate.of(year, 1, 1);
	}

	public static LocalDate yearEnd(int year) {
		return LocalDate.of(year, 12, 31);
	}

	/** The totals per kind of one deputy over the period. */
	public DutyTotals totals(PersonId person, LocalDate from, LocalDate to) {
		return totalsOf(List.of(person.value()), from, to).getOrDefault(person.value(), DutyTotals.none());
	}

	/** The totals per kind of each listed deputy over the period; deputies without lines are left out. */
	public Map<Long, DutyTotals> totalsOf(Collection<Long> persons, LocalDate from, LocalDate to) {
		Map<Long, Map<DutyKind, Long>> sums = new HashMap<>();
		List<Long> ids = new ArrayList<>(Set.copyOf(persons));
		for (int i = 0; i < ids.size(); i += CHUNK) {
			jdbc.sql("""
					SELECT person_id, kind, SUM(quantity) AS total FROM dutyrecords_entry
					WHERE person_id IN (:ids) AND occurred_on BETWEEN :from AND :to GROUP BY person_id, kind""")
				.param("ids", ids.subList(i, Math.min(ids.size(), i + CHUNK)))
				.param("from", from)
				.param("to", to)
				.query((rs, n) -> sums.computeIfAbsent(rs.getLong("person_id"), k -> new EnumMap<>(DutyKind.class))
					.put(DutyKind.valueOf(rs.getString("kind")), rs.getLong("total")))
				.list();
		}
		Map<Long, DutyTotals> result = new HashMap<>();
		sums.forEach((person, byKind) -> result.put(person, new DutyTotals(byKind)));
		return result;
	}

	/** The deputy's lines over the period, newest first; {@code kind} may be {@code null} for all kinds. */
	public Page<DutyEntry> entries(PersonId person, LocalDate from, LocalDate to, DutyKind kind, int page, int size) {
		String where = " WHERE person_id = :person AND occurred_on BETWEEN :from AND :to"
				+ (kind == null ? "" : " AND kind = :kind");
		long total = bind(jdbc.sql("SELECT COUNT(*) FROM dutyrecords_entry" + where), person, from, to, kind)
			.query(Long.class)
			.single();
		List<DutyEntry> items = bind(jdbc.sql("SELECT * FROM dutyrecords_entry" + where
				+ " ORDER BY occurred_on DESC, id DESC LIMIT :limit OFFSET :offset"), person, from, to, kind)
			.param("limit", size)
			.param("offset", Page.offset(page, size))
			.query(DutyRecords::entry)
			.list();
		return new Page<>(items, page, size, total);
	}

	/** Every line of the given kinds over the period, oldest first: what a yearly report lists. */
	public List<DutyEntry> entriesOf(PersonId person, LocalDate from, LocalDate to, Collection<DutyKind> kinds) {
		if (kinds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT * FROM dutyrecords_entry WHERE person_id = :person AND occurred_on BETWEEN :from AND :to
				AND kind IN (:kinds) ORDER BY occurred_on, id""")
			.param("person", person.value())
			.param("from", from)
			.param("to", to)
			.param("kinds", kinds.stream().map(Enum::name).toList())
			.query(DutyRecords::entry)
			.list();
	}

	/** How many lines the deputy's record holds over the period. */
	public long countEntries(PersonId person, LocalDate from, LocalDate to) {
		return jdbc.sql("SELECT COUNT(*) FROM dutyrecords_entry WHERE person_id = :person AND occurred_on BETWEEN :from AND :to")
			.param("person", person.value())
			.param("from", from)
			.param("to", to)
			.query(Long.class)
			.single();
	}

	/**
	 * The latest year any line falls in, the deputy's own when {@code person} is given; empty when
	 * there is none. Pages open on it, so that a record kept last year is not shown as empty.
	 */
	public Optional<Integer> latestYear(PersonId person) {
		String sql = "SELECT MAX(occurred_on) FROM dutyrecords_entry" + (person == null ? "" : " WHERE person_id = :person");
		JdbcClient.StatementSpec spec = jdbc.sql(sql);
		if (person != null) {
			spec = spec.param("person", person.value());
		}
		return spec.query((rs, n) -> rs.getObject(1, LocalDate.class)).optional().map(LocalDate::getYear);
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, PersonId person, LocalDate from,
			LocalDate to, DutyKind kind) {
		spec = spec.param("person", person.value()).param("from", from).param("to", to);
		return kind == null ? spec : spec.param("kind", kind.name());
	}

	private static DutyEntry entry(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new DutyEntry(rs.getLong("id"), new PersonId(rs.getLong("person_id")), DutyKind.valueOf(rs.getString("kind")),
				rs.getObject("occurred_on", LocalDate.class), rs.getInt("quantity"), rs.getString("source_module"),
				rs.getString("source_type"), rs.getLong("source_id"), rs.getString("reference"), rs.getString("title"));
	}
}
