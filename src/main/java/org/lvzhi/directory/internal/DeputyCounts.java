package org.lvzhi.directory.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lvzhi.directory.DeputyLevel;
import org.lvzhi.reporting.FigureRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who held a seat at some time in a year. A membership counts when it started before the year
 * ended and had not ended before the year began.
 */
@Component
public class DeputyCounts {

	private static final String DEPUTIES = """
			FROM directory_membership m JOIN directory_organization o ON o.id = m.organization_id
			JOIN directory_person p ON p.id = m.person_id
			WHERE m.role = 'DEPUTY' AND o.level = :level
			AND m.start_date <= :last AND (m.end_date IS NULL OR m.end_date >= :first)""";

	private static final String COMMITTEE = """
			FROM directory_membership m JOIN directory_organization o ON o.id = m.organization_id
			JOIN directory_person p ON p.id = m.person_id
			WHERE o.classification = 'STANDING_COMMITTEE' AND o.level = :level
			AND m.role IN ('CHAIR','VICE_CHAIR','SECRETARY_GENERAL','MEMBER')
			AND m.start_date <= :last AND (m.end_date IS NULL OR m.end_date >= :first)""";

	private final JdbcClient jdbc;

	DeputyCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long deputies(DeputyLevel level, int year) {
		return count(DEPUTIES, level, year);
	}

	public List<FigureRecord> deputyRecords(DeputyLevel level, int year) {
		return records(DEPUTIES, level, year);
	}

	public long committeeMembers(DeputyLevel level, int year) {
		return count(COMMITTEE, level, year);
	}

	public List<FigureRecord> committeeRecords(DeputyLevel level, int year) {
		return records(COMMITTEE, level, year);
	}

	public long currentDeputies(LocalDate today) {
		return jdbc.sql("SELECT COUNT(DISTINCT m.person_id) FROM directory_membership m WHERE m.role = 'DEPUTY'"
				+ " AND m.start_date <= :today AND (m.end_date IS NULL OR m.end_date >= :today)")
			.param("today", today)
			.query(Long.class)
			.single();
	}

	private long count(String from, DeputyLevel level, int year) {
		return jdbc.sql("SELECT COUNT(DISTINCT m.person_id) " + from)
			.param("level", level.name())
			.param("first", LocalDate.of(year, 1, 1))
			.param("last", LocalDate.of(year, 12, 31))
			.query(Long.class)
			.single();
	}

	/** One record per person: the first matching membership names the body. */
	private List<FigureRecord> records(String from, DeputyLevel level, int year) {
		Map<Long, FigureRecord> byPerson = new LinkedHashMap<>();
		jdbc.sql("SELECT p.id, p.name, o.name AS body, m.start_date " + from + " ORDER BY p.name, p.id, m.start_date")
			.param("level", level.name())
			.param("first", LocalDate.of(year, 1, 1))
			.param("last", LocalDate.of(year, 12, 31))
			.query((rs, n) -> byPerson.putIfAbsent(rs.getLong("id"),
					new FigureRecord(rs.getString("id"), rs.getString("name") + " · " + rs.getString("body"),
							rs.getObject("start_date", LocalDate.class), "/directory/persons/" + rs.getLong("id"))))
			.list();
		return List.copyOf(byPerson.values());
	}
}
