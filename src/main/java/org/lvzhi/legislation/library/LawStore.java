package org.lvzhi.legislation.library;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.lvzhi.legislation.LawId;
import org.lvzhi.legislation.internal.LegislationYears;
import org.lvzhi.legislation.internal.UnitRows;
import org.lvzhi.legislation.text.LawText;
import org.lvzhi.platform.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The library's tables. */
@Component
public class LawStore {

	private final JdbcClient jdbc;
	private final JdbcTemplate template;

	LawStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	public boolean hasSource(String source) {
		return jdbc.sql("SELECT COUNT(*) FROM legislation_law WHERE source = ?").param(source).query(Long.class).single() > 0;
	}

	public LawId insert(LawText text, String title, LawOrigin origin, String source, int chars, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO legislation_law (title, category, region, issued_on, status, source, head, tail,
				    article_count, char_count, imported_at)
				VALUES (:title, :category, :region, :issuedOn, :status, :source, :head, :tail, :articles, :chars, :now)""")
			.param("title", title)
			.param("category", origin.category())
			.param("region", origin.region())
			.param("issuedOn", origin.issuedOn())
			.param("status", LawStatus.IN_FORCE.name())
			.param("source", source)
			.param("head", text.head())
			.param("tail", text.tail())
			.param("articles", text.articles().size())
			.param("chars", chars)
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		UnitRows.LAW.insert(template, id, text.units());
		return new LawId(id);
	}

	/**
	 * One text of a title, as the Akoma Ntoso identification of its versions needs it (decision 0031).
	 *
	 * @param notes its adoption and amendment notes ({@link LawText#notes()})
	 */
	public record TitleVersion(long id, String notes, java.time.LocalDate issuedOn, java.time.LocalDate importedOn) {
	}

	/** Every text of a title, oldest import first: the versions of one law, or of laws that share a name. */
	public List<TitleVersion> titleVersions(String title) {
		List<TitleVersion> versions = new ArrayList<>();
		jdbc.sql("SELECT id, issued_on, imported_at FROM legislation_law WHERE title = ? ORDER BY id")
			.param(title)
			.query((rs, n) -> new TitleVersion(rs.getLong("id"), "", rs.getObject("issued_on", java.time.LocalDate.class),
					java.time.LocalDate.ofInstant(rs.getTimestamp("imported_at").toInstant(), LegislationYears.CHINA)))
			.list()
			.forEach(v -> find(new LawId(v.id())).ifPresent(law -> versions
				.add(new TitleVersion(v.id(), law.text().notes(), v.issuedOn(), v.importedOn()))));
		return versions;
	}

	public Optional<Law> find(LawId id) {
		return jdbc.sql("""
				SELECT id, title, category, region, issued_on, status, source, version, head, tail
				FROM legislation_law WHERE id = ?""")
			.param(id.value())
			.query((rs, n) -> new Law(new LawId(rs.getLong("id")), rs.getString("title"), rs.getString("category"),
					rs.getString("region"), rs.getObject("issued_on", java.time.LocalDate.class),
					LawStatus.valueOf(rs.getString("status")), rs.getString("source"), rs.getInt("version"),
					new LawText(rs.getString("head"), rs.getString("title"), List.of(), rs.getString("tail"))))
			.optional()
			.map(law -> new Law(law.id(), law.title(), law.category(), law.region(), law.issuedOn(), law.status(),
					law.source(), law.version(), new LawText(law.text().head(), law.title(),
							UnitRows.LAW.read(jdbc, id.value()), law.text().tail())));
	}

	public Page<LawListItem> list(LawFilter filter, int number, int size) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		List<Object> params = new ArrayList<>();
		if (filter.title() != null && !filter.title().isBlank()) {
			for (String word : filter.title().strip().split("\\s+")) {
				where.append(" AND title LIKE ?");
				params.add("%" + word.replace("%", "").replace("_", "") + "%");
			}
		}
		if (filter.category() != null && !filter.category().isBlank()) {
			where.append(" AND category = ?");
			params.add(filter.category());
		}
		if (filter.region() != null && !filter.region().isBlank()) {
			where.append(" AND region = ?");
			params.add(filter.region());
		}
		if (filter.status() != null) {
			where.append(" AND status = ?");
			params.add(filter.status().name());
		}
		if (filter.yearFrom() != null) {
			where.append(" AND issued_on >= ?");
			params.add(java.time.LocalDate.of(filter.yearFrom(), 1, 1));
		}
		if (filter.yearTo() != null) {
			where.append(" AND issued_on <= ?");
			params.add(java.time.LocalDate.of(filter.yearTo(), 12, 31));
		}
		long total = jdbc.sql("SELECT COUNT(*) FROM legislation_law" + where).params(params).query(Long.class).single();
		List<Object> paged = new ArrayList<>(params);
		paged.add(size);
		paged.add(Page.offset(number, size));
		List<LawListItem> items = jdbc.sql("""
				SELECT id, title, category, region, issued_on, status, article_count FROM legislation_law"""
				+ where + " ORDER BY issued_on DESC NULLS LAST, id DESC LIMIT ? OFFSET ?")
			.params(paged)
			.query((rs, n) -> new LawListItem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, java.time.LocalDate.class), LawStatus.valueOf(rs.getString(6)), rs.getInt(7)))
			.list();
		return new Page<>(items, number, size, total);
	}

	public List<String> categories() {
		return jdbc.sql("SELECT DISTINCT category FROM legislation_law ORDER BY category").query(String.class).list();
	}

	public List<String> regions() {
		return jdbc.sql("SELECT DISTINCT region FROM legislation_law WHERE region IS NOT NULL ORDER BY region")
			.query(String.class)
			.list();
	}

	/** Other versions of the same title, newest first. */
	public List<LawListItem> versions(String title) {
		return jdbc.sql("""
				SELECT id, title, category, region, issued_on, status, article_count FROM legislation_law
				WHERE title = ? ORDER BY issued_on DESC NULLS LAST, id DESC""")
			.param(title)
			.query((rs, n) -> new LawListItem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, java.time.LocalDate.class), LawStatus.valueOf(rs.getString(6)), rs.getInt(7)))
			.list();
	}

	public void setStatus(LawId id, LawStatus status) {
		jdbc.sql("UPDATE legislation_law SET status = ?, version = version + 1 WHERE id = ?")
			.param(status.name())
			.param(id.value())
			.update();
	}

	public List<Long> ids() {
		return jdbc.sql("SELECT id FROM legislation_law ORDER BY id").query(Long.class).list();
	}
}
