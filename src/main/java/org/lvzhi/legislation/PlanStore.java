package org.lvzhi.legislation;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The tables of the annual legislative plan. */
@Component
class PlanStore {

	/** When and by which meeting a year's plan was adopted. */
	record Adoption(int year, LocalDate adoptedOn, String meeting) {
	}

	private final JdbcClient jdbc;

	PlanStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insertItem(int year, String title, ProjectKind kind, PlanSubject subject, String sponsor, String draftingBody,
			String committee, String schedule, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO legislation_plan_item (plan_year, title, kind, subject, sponsor, drafting_body, committee,
				    schedule, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(year, title, kind.name(), subject.name(), sponsor, draftingBody, committee, schedule, Timestamp.from(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	List<PlanItem> items(int year) {
		return jdbc.sql("""
				SELECT id, plan_year, title, kind, subject, sponsor, drafting_body, committee, schedule
				FROM legislation_plan_item WHERE plan_year = ? ORDER BY kind, id""")
			.param(year)
			.query((rs, n) -> new PlanItem(rs.getLong(1), rs.getInt(2), rs.getString(3), ProjectKind.valueOf(rs.getString(4)),
					PlanSubject.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)))
			.list();
	}

	Optional<Adoption> adoption(int year) {
		return jdbc.sql("SELECT plan_year, adopted_on, meeting FROM legislation_plan WHERE plan_year = ?")
			.param(year)
			.query((rs, n) -> new Adoption(rs.getInt(1), rs.getDate(2).toLocalDate(), rs.getString(3)))
			.optional();
	}

	void adopt(int year, LocalDate on, String meeting) {
		jdbc.sql("INSERT INTO legislation_plan (plan_year, adopted_on, meeting) VALUES (?, ?, ?)")
			.params(year, Date.valueOf(on), meeting)
			.update();
	}
}
