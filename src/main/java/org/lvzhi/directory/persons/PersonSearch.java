package org.lvzhi.directory.persons;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lvzhi.directory.MembershipStatus;
import org.lvzhi.directory.PersonListItem;
import org.lvzhi.directory.PersonQuery;
import org.lvzhi.directory.PersonView;
import org.lvzhi.directory.PersonalData;
import org.lvzhi.directory.internal.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The filtered person list in plain SQL. Each membership filter is its own EXISTS clause, so
 * "municipal deputy" and "member of the 小店区代表团" may be met by two different memberships.
 */
@Component
public class PersonSearch {

	private final JdbcClient jdbc;
	private final Clock clock;

	PersonSearch(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public List<PersonListItem> find(PersonQuery query, int offset, int limit) {
		Where where = where(query);
		List<PersonRow> rows = jdbc.sql("SELECT * FROM directory_person p" + where.sql()
				+ " ORDER BY p.name, p.id LIMIT :limit OFFSET :offset")
			.params(where.params())
			.param("limit", limit)
			.param("offset", offset)
			.query(PersonRow::map)
			.list();
		Map<Long, List<String>> bodies = currentBodies(rows.stream().map(PersonRow::id).toList());
		return rows.stream()
			.map(r -> {
				PersonView v = r.view();
				return new PersonListItem(v.id(), v.name(), v.gender(), v.ethnicity(), v.occupation(),
						bodies.getOrDefault(r.id(), List.of()));
			})
			.toList();
	}

	/** Counts the matching persons, stopping at {@code cap}: the pager only needs to know there are many. */
	public long count(PersonQuery query, int cap) {
		Where where = where(query);
		return jdbc.sql("SELECT COUNT(*) FROM (SELECT 1 FROM directory_person p" + where.sql() + " LIMIT :cap) c")
			.params(where.params())
			.param("cap", cap)
			.query(Long.class)
			.single();
	}

	/** Personal data of the listed persons, for privileged exports. */
	Map<Long, PersonalData> personalData(List<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, PersonalData> result = new HashMap<>();
		jdbc.sql("SELECT id, id_number, mobile, birth_date FROM directory_person WHERE id IN (:ids)")
			.param("ids", ids)
			.query((rs, n) -> result.put(rs.getLong("id"), new PersonalData(rs.getString("id_number"),
					rs.getString("mobile"), rs.getObject("birth_date", LocalDate.class))))
			.list();
		return result;
	}

	private Map<Long, List<String>> currentBodies(List<Long> ids) {
		Map<Long, List<String>> result = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return result;
		}
		jdbc.sql("""
				SELECT m.person_id, o.name FROM directory_membership m
				JOIN directory_organization o ON o.id = m.organization_id
				WHERE m.person_id IN (:ids) AND m.start_date <= :today AND (m.end_date IS NULL OR m.end_date >= :today)
				ORDER BY m.person_id, m.start_date, m.id""")
			.param("ids", ids)
			.param("today", LocalDate.now(clock))
			.query((rs, n) -> result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
			.list();
		return result;
	}

	private record Where(String sql, Map<String, Object> params) {
	}

	private Where where(PersonQuery q) {
		List<String> clauses = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		if (Texts.present(q.name())) {
			clauses.add("p.name LIKE :name");
			params.put("name", "%" + Texts.clean(q.name()).replace("%", "").replace("_", "") + "%");
		}
		String status = statusClause(q.status(), params);
		if (q.level() != null) {
			clauses.add("EXISTS (SELECT 1 FROM directory_membership m JOIN directory_organization o ON o.id = m.organization_id"
					+ " WHERE m.person_id = p.id AND m.role = 'DEPUTY' AND o.level = :level" + status + ")");
			params.put("level", q.level().name());
		}
		List<String> own = new ArrayList<>();
		if (q.organizationId() != null) {
			own.add("m.organization_id = :org");
			params.put("org", q.organizationId().value());
		}
		if (q.role() != null) {
			own.add("m.role = :role");
			params.put("role", q.role().name());
		}
		if (q.term() != null) {
			own.add("m.term = :term");
			params.put("term", q.term());
		}
		if (!own.isEmpty() || (q.level() == null && !status.isEmpty())) {
			String extra = own.isEmpty() ? "" : " AND " + String.join(" AND ", own);
			clauses.add("EXISTS (SELECT 1 FROM directory_membership m WHERE m.person_id = p.id" + extra + status + ")");
		}
		return new Where(clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses), params);
	}

	private String statusClause(MembershipStatus status, Map<String, Object> params) {
		if (status == MembershipStatus.ALL) {
			return "";
		}
		params.put("today", LocalDate.now(clock));
		return status == MembershipStatus.CURRENT
				? " AND m.start_date <= :today AND (m.end_date IS NULL OR m.end_date >= :today)"
				: " AND m.end_date < :today";
	}
}
