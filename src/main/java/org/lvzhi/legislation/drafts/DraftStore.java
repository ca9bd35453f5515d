package org.lvzhi.legislation.drafts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.lvzhi.legislation.DraftId;
import org.lvzhi.legislation.ProjectId;
import org.lvzhi.legislation.ProjectStatus;
import org.lvzhi.legislation.internal.UnitRows;
import org.lvzhi.legislation.text.LawText;
import org.lvzhi.platform.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The tables of legislative projects and their draft versions. */
@Component
public class DraftStore {

	private final JdbcClient jdbc;
	private final JdbcTemplate template;

	DraftStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	public ProjectId insertProject(String title, Long createdBy, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO legislation_project (title, status, created_at, created_by) VALUES (?, ?, ?, ?)")
			.params(title, ProjectStatus.DRAFTING.name(), Timestamp.from(now), createdBy)
			.update(keys, "id");
		return new ProjectId(keys.getKey().longValue());
	}

	public Optional<Project> project(ProjectId id) {
		return jdbc.sql("SELECT id, title, status, created_at, version FROM legislation_project WHERE id = ?")
			.param(id.value())
			.query((rs, n) -> new Project(new ProjectId(rs.getLong(1)), rs.getString(2),
					ProjectStatus.valueOf(rs.getString(3)), rs.getTimestamp(4).toInstant(), rs.getInt(5)))
			.optional();
	}

	public Page<Project> projects(int number, int size) {
		long total = jdbc.sql("SELECT COUNT(*) FROM legislation_project").query(Long.class).single();
		List<Project> items = jdbc.sql("""
				SELECT id, title, status, created_at, version FROM legislation_project
				ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?""")
			.params(size, Page.offset(number, size))
			.query((rs, n) -> new Project(new ProjectId(rs.getLong(1)), rs.getString(2),
					ProjectStatus.valueOf(rs.getString(3)), rs.getTimestamp(4).toInstant(), rs.getInt(5)))
			.list();
		return new Page<>(items, number, size, total);
	}

	/** Moves a project to a new status if it still has the version the caller saw. */
	public boolean setStatus(ProjectId id, int version, ProjectStatus status) {
		return jdbc.sql("UPDATE legislation_project SET status = ?, version = version + 1 WHERE id = ? AND version = ?")
			.params(status.name(), id.value(), version)
			.update() == 1;
	}

	public boolean hasReading(ProjectId project, int reading) {
		return jdbc.sql("SELECT COUNT(*) FROM legislation_draft WHERE project_id = ? AND reading = ?")
			.params(project.value(), reading)
			.query(Long.class)
			.single() > 0;
	}

	public DraftId insertDraft(ProjectId project, int reading, String title, LawText text, String sourceName, Long createdBy,
			Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO legislation_draft (project_id, reading, title, head, tail, article_count, source_name,
				    created_at, created_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(project.value(), reading, title, text.head(), text.tail(), text.articles().size(), sourceName,
					Timestamp.from(now), createdBy)
			.update(keys, "id");
		long id = keys.getKey().longValue();
		UnitRows.DRAFT.insert(template, id, text.units());
		return new DraftId(id);
	}

	public List<DraftVersion> versions(ProjectId project) {
		return jdbc.sql("""
				SELECT id, project_id, reading, title, article_count, source_name, created_at
				FROM legislation_draft WHERE project_id = ? ORDER BY reading""")
			.param(project.value())
			.query((rs, n) -> version(rs))
			.list();
	}

	public Optional<DraftVersion> version(DraftId id) {
		return jdbc.sql("""
				SELECT id, project_id, reading, title, article_count, source_name, created_at
				FROM legislation_draft WHERE id = ?""")
			.param(id.value())
			.query((rs, n) -> version(rs))
			.optional();
	}

	private static DraftVersion version(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new DraftVersion(new DraftId(rs.getLong(1)), new ProjectId(rs.getLong(2)), rs.getInt(3), rs.getString(4),
				rs.getInt(5), rs.getString(6), rs.getTimestamp(7).toInstant());
	}

	/** The text of a version as structure. */
	public LawText text(DraftId id) {
		LawText head = jdbc.sql("SELECT head, title, tail FROM legislation_draft WHERE id = ?")
			.param(id.value())
			.query((rs, n) -> new LawText(rs.getString(1), rs.getString(2), List.of(), rs.getString(3)))
			.single();
		return new LawText(head.head(), head.title(), UnitRows.DRAFT.read(jdbc, id.value()), head.tail());
	}

	public List<Long> draftIds() {
		return jdbc.sql("SELECT id FROM legislation_draft ORDER BY id").query(Long.class).list();
	}
}
