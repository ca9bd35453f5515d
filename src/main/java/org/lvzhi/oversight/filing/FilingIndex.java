package org.lvzhi.oversight.filing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
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
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Filing-review cases as search documents (type {@code filing-case}): the normative document's
 * title; its number, the review's findings (the written opinion), the maker's answer and the
 * outcome in words as body. Read by the office and the committee's members, as the register is.
 *
 * <p>Not public, although open data lists the outcomes of concluded reviews: there is no public
 * page to send a visitor to, and the body holds the opinions exchanged with the maker, which stay
 * inside. Citizens' review requests are never indexed: they carry the requester's name and contact.
 */
@Component
class FilingIndex implements DocumentSource {

	static final String TYPE = "filing-case";
	static final String OUTCOME = "outcome";

	private static final String SELECT = """
			SELECT id, title, doc_number, maker_id, filed_on, state, opinion, answer, outcome FROM oversight_filing""";

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final MessageSource messages;

	FilingIndex(JdbcClient jdbc, ApplicationEventPublisher events, MessageSource messages) {
		this.jdbc = jdbc;
		this.events = events;
		this.messages = messages;
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public long size() {
		return jdbc.sql("SELECT COUNT(*) FROM oversight_filing").query(Long.class).single();
	}

	@Override
	public void forEach(Consumer<SearchDocument> consumer) {
		Set<String> all = OversightReaders.READING_ALL;
		jdbc.sql(SELECT + " ORDER BY id").query(FilingIndex::row).list().stream().map(r -> document(r, all)).forEach(consumer);
	}

	@Override
	public String link(String id) {
		return "/oversight/filings/" + id;
	}

	/** Puts the case as it now stands in the index once the transaction commits. */
	void changed(long id) {
		document(id).ifPresent(d -> events.publishEvent(new DocumentChanged(d)));
	}

	Optional<SearchDocument> document(long id) {
		return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(FilingIndex::row).optional()
			.map(r -> document(r, OversightReaders.READING_ALL));
	}

	private SearchDocument document(Row r, Set<String> readingAll) {
		Map<String, Set<String>> facets = new LinkedHashMap<>();
		facets.put(SearchDocument.YEAR, Set.of(String.valueOf(r.filedOn().getYear())));
		facets.put(SearchDocument.ORG, Set.of(String.valueOf(r.maker())));
		facets.put(SearchDocument.STATE, Set.of(r.state()));
		if (r.outcome() != null) {
			facets.put(OUTCOME, Set.of(r.outcome()));
		}
		// The outcome in the words of the register, so that 纠正 or 撤销 finds the cases that ended so.
		String outcome = r.outcome() == null ? null
				: messages.getMessage("oversight.filingOutcome." + r.outcome(), null, r.outcome(), Locale.SIMPLIFIED_CHINESE);
		String body = Stream.of(r.number(), r.opinion(), r.answer(), outcome)
			.filter(s -> s != null && !s.isBlank())
			.collect(Collectors.joining("\n"));
		return new SearchDocument(TYPE, String.valueOf(r.id()), r.title(), body, facets, r.filedOn(), readingAll);
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), rs.getString("title"), rs.getString("doc_number"), rs.getLong("maker_id"),
				rs.getObject("filed_on", LocalDate.class), rs.getString("state"), rs.getString("opinion"),
				rs.getString("answer"), rs.getString("outcome"));
	}

	private record Row(long id, String title, String number, long maker, LocalDate filedOn, String state,
			String opinion, String answer, String outcome) {
	}
}
