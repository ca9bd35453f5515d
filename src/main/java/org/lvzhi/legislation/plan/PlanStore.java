package org.lvzhi.legislation.plan;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.lvzhi.legislation.PlanSubject;
import org.lvzhi.legislation.ProjectId;
import org.lvzhi.legislation.ProjectKind;
import org.lvzhi.legislation.ProjectStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The tables of the annual legislative plan. */
@Component
public class PlanStore {

	/** When and by which meeting a year's plan was adopted. */
	public record Adoption(int year, LocalDate adoptedOn, String meeting) {
	}

	private final JdbcClient jdbc;

	PlanStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insertItem(int year, String title, ProjectKind kind, PlanSubject subject, String sponsor, String draftingBody,
			String committee, String schedule, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO legislation_plan_item (plan_year, title, kind, subject, sponsor, drafting_body, committee,
				    schedule, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(year, title, kind.name(), subject.name(), sponsor, draftingBody, committee, schedule, Timestamp.from(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	private static final String ITEM = """
			SELECT i.id, i.plan_year, i.title, i.kind, i.subject, i.sponsor, i.drafting_body, i.committee, i.schedule,
			       i.project_id, p.title, p.status
			FROM legislation_plan_item i LEFT JOIN legislation_project p ON p.id = i.project_id""";

	public List<PlanItem> items(int year) {
		return jdbc.sql(ITEM + " WHERE i.plan_year = ? ORDER BY i.kind, i.id")
			.param(year)
			.query((rs, n) -> item(rs))
			.list();
	}

	public Optional<PlanItem> item(long id) {
		return jdbc.sql(ITEM + " WHERE i.id = ?").param(id).query((rs, n) -> item(rs)).optional();
	}

	/** The plan items a project carries out, latest plan first. */
	public List<PlanItem> itemsOf(ProjectId project) {
		return jdbc.sql(ITEM + " WHERE i.project_id = ? ORDER BY i.plan_year DESC, i.id")
			.param(project.value())
			.query((rs, n) -> item(rs))
			.list();
	}

	public Optional<Long> itemId(int year, String title) {
		return jdbc.sql("SELECT id FROM legislation_plan_item WHERE plan_year = ? AND title = ? ORDER BY id")
			.params(year, title)
			.query(Long.class)
			.optional();
	}

	/** Links an item not yet linked to a project; {@code false} when it was linked meanwhile. */
	public boolean link(long item, ProjectId project) {
		return jdbc.sql("UPDATE legislation_plan_item SET project_id = ? WHERE id = ? AND project_id IS NULL")
			.params(project.value(), item)
			.update() == 1;
	}

	private static PlanItem item(java.sql.ResultSet rs) throws java.sql.SQLException {
		long project = rs.getLong(10);
		boolean linked = !rs.wasNull();
		return new PlanItem(rs.getLong(1), rs.getInt(2), rs.getString(3), ProjectKind.valueOf(rs.getString(4)),
				PlanSubject.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
				linked ? new ProjectId(project) : null, linked ? rs.getString(11) : null,
				linked ? ProjectStatus.valueOf(rs.getString(12)) : null);
	}

	public Optional<Adoption> adoption(int year) {
		return jdbc.sql("SELECT plan_year, adopted_on, meeting FROM legislation_plan WHERE plan_year = ?")
			.param(year)
			.query((rs, n) -> new Adoption(rs.getInt(1), rs.getDate(2).toLocalDate(), rs.getString(3)))
			.optional();
	}

	/** The years whose plan was adopted, and so published, latest first. */
	public List<Integer> adoptedYears() {
		return jdbc.sql("SELECT plan_year FROM legislation_plan ORDER BY plan_year DESC").query(Integer.class).list();
	}

	public void adopt(int year, LocalDate on, String meeting) {
		jdbc.sql("INSERT INTO legislation_plan (plan_year, adopted_on, meeting) VALUES (?, ?, ?)")
			.params(year, Date.valueOf(on), meeting)
			.update();
	}
}
