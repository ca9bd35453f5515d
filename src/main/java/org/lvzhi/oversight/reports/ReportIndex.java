package org.lvzhi.oversight.reports;

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
 * Special work reports as search documents (type {@code work-report}): the report's title; the
 * committee's deliberation opinions, the government's report on its research and handling of them
 * and the office's closing note as body. Read, as on the report's page, by the office, the
 * committee's members and the organ that reports; there is no public page of a report.
 *
 * <p>Every move of a report is saved through {@link ReportStore#save}, which hands the report to
 * {@link #changed}; the document is read back from the table as the rebuild reads it, so that
 * both build the same document.
 */
@Component
class ReportIndex implements DocumentSource {

	static final String TYPE = "work-report";

	private static final String SELECT = """
			SELECT id, report_year, title, organ_id, committee_id, state, opinions, handling_report, follow_up,
			  sitting_date, planned_on
			FROM oversight_report""";

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;

	ReportIndex(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public long size() {
		return jdbc.sql("SELECT COUNT(*) FROM oversight_report").query(Long.class).single();
	}

	@Override
	public void forEach(Consumer<SearchDocument> consumer) {
		Set<String> all = OversightReaders.READING_ALL;
		jdbc.sql(SELECT + " ORDER BY id").query(ReportIndex::row).list().stream().map(r -> document(r, all)).forEach(consumer);
	}

	@Override
	public String link(String id) {
		return "/oversight/reports/" + id;
	}

	/** Puts the report as it now stands in the index once the transaction commits. */
	void changed(long id) {
		document(id).ifPresent(d -> events.publishEvent(new DocumentChanged(d)));
	}

	Optional<SearchDocument> document(long id) {
		return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(ReportIndex::row).optional()
			.map(r -> document(r, OversightReaders.READING_ALL));
	}

	private static SearchDocument document(Row r, Set<String> readingAll) {
		Map<String, Set<String>> facets = new LinkedHashMap<>();
		facets.put(SearchDocument.YEAR, Set.of(String.valueOf(r.year())));
		Set<String> bodies = new LinkedHashSet<>();
		bodies.add(String.valueOf(r.organ()));
		if (r.committee() != null) {
			bodies.add(String.valueOf(r.committee()));
		}
		facets.put(SearchDocument.ORG, bodies);
		facets.put(SearchDocument.STATE, Set.of(r.state()));
		String body = Stream.of(r.opinions(), r.handling(), r.followUp())
			.filter(s -> s != null && !s.isBlank())
			.collect(Collectors.joining("\n"));
		Set<String> keys = new LinkedHashSet<>(readingAll);
		keys.add(SearchDocument.orgReader(r.organ()));
		return new SearchDocument(TYPE, String.valueOf(r.id()), r.title(), body, facets,
				r.sitting() != null ? r.sitting() : r.planned(), keys);
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), rs.getInt("report_year"), rs.getString("title"), rs.getLong("organ_id"),
				(Long) rs.getObject("committee_id", Long.class), rs.getString("state"), rs.getString("opinions"),
				rs.getString("handling_report"), rs.getString("follow_up"), rs.getObject("sitting_date", LocalDate.class),
				rs.getObject("planned_on", LocalDate.class));
	}

	private record Row(long id, int year, String title, long organ, Long committee, String state, String opinions,
			String handling, String followUp, LocalDate sitting, LocalDate planned) {
	}
}
