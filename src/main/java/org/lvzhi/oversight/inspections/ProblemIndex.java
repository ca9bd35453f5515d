package org.lvzhi.oversight.inspections;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.lvzhi.oversight.web.OversightReaders;
import org.lvzhi.search.DocumentChanged;
import org.lvzhi.search.DocumentSource;
import org.lvzhi.search.SearchDocument;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Problems found by law-enforcement inspections as search documents (type
 * {@code inspection-problem}): the finding as title; the whole finding, the article of the law it
 * breaks, the inspection, the law, the site, the unit's rectification report and the office's
 * verification as body. Read, as on the problem's page, by the office, the committee's members and
 * the unit the problem is assigned to; inspections have no public pages.
 *
 * <p>Every move is saved through {@link ProblemStore#save} and every new problem by
 * {@link RecordSite}; both hand the problem to {@link #changed}, which reads the document as the
 * rebuild does.
 */
@Component
class ProblemIndex implements DocumentSource {

	static final String TYPE = "inspection-problem";
	static final String INSPECTION = "inspection";
	private static final int TITLE = 80;

	private static final String SELECT = """
			SELECT p.id, p.inspection_id, p.description, p.article_ref, p.state, p.unit_id, p.found_on, p.report_text,
			  p.verify_note, i.report_year, i.title AS inspection_title, i.law_title, i.law_reference,
			  s.name AS site_name, s.district
			FROM oversight_inspection_problem p
			JOIN oversight_inspection i ON i.id = p.inspection_id
			JOIN oversight_inspection_site s ON s.id = p.site_id""";

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;

	ProblemIndex(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public long size() {
		return jdbc.sql("SELECT COUNT(*) FROM oversight_inspection_problem").query(Long.class).single();
	}

	@Override
	public void forEach(Consumer<SearchDocument> consumer) {
		Set<String> all = OversightReaders.READING_ALL;
		jdbc.sql(SELECT + " ORDER BY p.id").query(ProblemIndex::row).list().stream().map(r -> document(r, all))
			.forEach(consumer);
	}

	@Override
	public String link(String id) {
		return "/oversight/inspections/problems/" + id;
	}

	/** Puts the problem as it now stands in the index once the transaction commits. */
	void changed(long id) {
		document(id).ifPresent(d -> events.publishEvent(new DocumentChanged(d)));
	}

	Optional<SearchDocument> document(long id) {
		return jdbc.sql(SELECT + " WHERE p.id = ?").param(id).query(ProblemIndex::row).optional()
			.map(r -> document(r, OversightReaders.READING_ALL));
	}

	private static SearchDocument document(Row r, Set<String> readingAll) {
		Map<String, Set<String>> facets = new LinkedHashMap<>();
		facets.put(SearchDocument.YEAR, Set.of(String.valueOf(r.year())));
		if (r.unit() != null) {
			facets.put(SearchDocument.ORG, Set.of(String.valueOf(r.unit())));
		}
		facets.put(SearchDocument.STATE, Set.of(r.state()));
		facets.put(INSPECTION, Set.of(String.valueOf(r.inspection())));
		String law = r.lawTitle() == null ? null
				: r.lawReference() == null ? r.lawTitle() : r.lawTitle() + "（" + r.lawReference() + "）";
		String site = r.district() == null ? r.site() : r.district() + " " + r.site();
		String body = Stream.of(r.description(), r.article(), r.inspectionTitle(), law, site, r.report(), r.verifyNote())
			.filter(s -> s != null && !s.isBlank())
			.collect(Collectors.joining("\n"));
		Set<String> keys = new LinkedHashSet<>(readingAll);
		if (r.unit() != null) {
			keys.add(SearchDocument.orgReader(r.unit()));
		}
		String title = r.description().length() > TITLE ? r.description().substring(0, TITLE) + "…" : r.description();
		return new SearchDocument(TYPE, String.valueOf(r.id()), title, body, facets, r.foundOn(), keys);
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), rs.getLong("inspection_id"), rs.getString("description"),
				rs.getString("article_ref"), rs.getString("state"), (Long) rs.getObject("unit_id", Long.class),
				rs.getObject("found_on", LocalDate.class), rs.getString("report_text"), rs.getString("verify_note"),
				rs.getInt("report_year"), rs.getString("inspection_title"), rs.getString("law_title"),
				rs.getString("law_reference"), rs.getString("site_name"), rs.getString("district"));
	}

	private record Row(long id, long inspection, String description, String article, String state, Long unit,
			LocalDate foundOn, String report, String verifyNote, int year, String inspectionTitle, String lawTitle,
			String lawReference, String site, String district) {
	}
}
