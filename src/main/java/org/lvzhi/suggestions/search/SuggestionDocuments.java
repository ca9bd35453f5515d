package org.lvzhi.suggestions.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.lvzhi.search.DocumentChanged;
import org.lvzhi.search.DocumentRemoved;
import org.lvzhi.search.DocumentSource;
import org.lvzhi.search.SearchDocument;
import org.lvzhi.suggestions.Answer;
import org.lvzhi.suggestions.AssignmentRole;
import org.lvzhi.suggestions.Suggestion;
import org.lvzhi.suggestions.SuggestionState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Suggestions as search documents (type {@code suggestion}): the title; the text and the answers
 * as body; who may find them. Withdrawn drafts and merged suggestions leave the index.
 *
 * <p>A rebuild reads the suggestions in pages of {@link #PAGE} by ascending ID (keyset paging, so
 * a page deep into a million rows costs what the first one does), with one statement for the rows
 * and one per child table the document needs, instead of loading each aggregate with a query per
 * collection. {@link #document(Suggestion)} and {@link #page(long, int)} must build the same
 * document for the same suggestion; {@code SuggestionDocumentsTests} compares them.
 */
@Component
public class SuggestionDocuments implements DocumentSource {

	public static final String TYPE = "suggestion";
	static final int PAGE = 1000;

	private static final String NOT_INDEXED = "('WITHDRAWN', 'MERGED')";

	private final ApplicationEventPublisher events;
	private final JdbcClient jdbc;

	SuggestionDocuments(ApplicationEventPublisher events, JdbcClient jdbc) {
		this.events = events;
		this.jdbc = jdbc;
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public String link(String id) {
		return "/suggestions/" + id;
	}

	@Override
	public String publicLink(String id) {
		return "/public/suggestions/" + id;
	}

	@Override
	public long size() {
		return jdbc.sql("SELECT COUNT(*) FROM suggestions_suggestion WHERE state NOT IN " + NOT_INDEXED)
			.query(Long.class)
			.single();
	}

	@Override
	public void forEach(Consumer<SearchDocument> consumer) {
		long after = 0;
		while (true) {
			List<SearchDocument> page = page(after, PAGE);
			if (page.isEmpty()) {
				return;
			}
			page.forEach(consumer);
			after = Long.parseLong(page.get(page.size() - 1).id());
		}
	}

	/** The documents of the indexed suggestions with an ID above {@code after}, at most {@code size}, by ID. */
	List<SearchDocument> page(long after, int size) {
		List<Row> rows = jdbc.sql("""
				SELECT id, title, body, category, session_year, key_suggestion, lead_deputy_id, state, drafted_on, submitted_on
				FROM suggestions_suggestion WHERE id > :after AND state NOT IN %s ORDER BY id LIMIT :size"""
			.formatted(NOT_INDEXED))
			.param("after", after)
			.param("size", size)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("title"), rs.getString("body"),
					rs.getString("category"), rs.getInt("session_year"), rs.getBoolean("key_suggestion"),
					rs.getLong("lead_deputy_id"), SuggestionState.valueOf(rs.getString("state")),
					rs.getObject("drafted_on", LocalDate.class), rs.getObject("submitted_on", LocalDate.class)))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		long first = rows.get(0).id();
		long last = rows.get(rows.size() - 1).id();
		Map<Long, List<String>> answers = children("SELECT suggestion_id, text FROM suggestions_answer", first, last);
		Map<Long, List<String>> coSigners = children("SELECT suggestion_id, person_id FROM suggestions_co_signer", first,
				last);
		Map<Long, List<String>> units = children(
				"SELECT suggestion_id, organization_id FROM suggestions_assignment WHERE status <> 'RETURNED'", first, last);
		Map<Long, List<String>> leads = children("SELECT suggestion_id, organization_id FROM suggestions_assignment "
				+ "WHERE status <> 'RETURNED' AND role = 'LEAD'", first, last);
		List<SearchDocument> documents = new ArrayList<>(rows.size());
		for (Row r : rows) {
			List<String> lead = leads.getOrDefault(r.id(), List.of());
			documents.add(document(r.id(), r.title(), r.body(), answers.getOrDefault(r.id(), List.of()), r.state(),
					r.category(), r.year(), r.key(), lead,
					units.getOrDefault(r.id(), List.of()), String.valueOf(r.leadDeputy()), coSigners.getOrDefault(r.id(), List.of()),
					r.submittedOn() != null ? r.submittedOn() : r.draftedOn()));
		}
		return documents;
	}

	/** The second column of a child table for the suggestions {@code first..last}, per suggestion, in list order. */
	private Map<Long, List<String>> children(String select, long first, long last) {
		Map<Long, List<String>> bySuggestion = new HashMap<>();
		String sql = select + (select.contains(" WHERE ") ? " AND " : " WHERE ")
				+ "suggestion_id BETWEEN :first AND :last ORDER BY suggestion_id, idx";
		jdbc.sql(sql).param("first", first).param("last", last).query(rs -> {
			bySuggestion.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
		});
		return bySuggestion;
	}

	public void publish(Suggestion s) {
		if (s.state() == SuggestionState.WITHDRAWN || s.state() == SuggestionState.MERGED) {
			events.publishEvent(new DocumentRemoved(TYPE, s.id().toString()));
		}
		else {
			events.publishEvent(new DocumentChanged(document(s)));
		}
	}

	public static SearchDocument document(Suggestion s) {
		return document(s.id().value(), s.title(), s.body(), s.answers().stream().map(Answer::text).toList(),
				s.state(), s.category(), s.year(), s.key(),
				s.standingAssignments().stream().filter(a -> a.role() == AssignmentRole.LEAD)
					.map(a -> String.valueOf(a.organizationId())).toList(),
				s.standingAssignments().stream().map(a -> String.valueOf(a.organizationId())).toList(),
				s.leadDeputy().toString(), s.coSigners().stream().map(Object::toString).toList(),
				s.submittedOn() != null ? s.submittedOn() : s.draftedOn());
	}

	private static SearchDocument document(long id, String title, String text, List<String> answers,
			SuggestionState state, String category, int year, boolean key, List<String> leads, List<String> units,
			String leadDeputy, List<String> coSigners, LocalDate date) {
		String body = text + answers.stream().collect(Collectors.joining("\n", "\n", ""));
		Map<String, Set<String>> facets = new LinkedHashMap<>();
		facets.put(SearchDocument.STATE, Set.of(state.name()));
		facets.put("category", Set.of(category));
		facets.put(SearchDocument.YEAR, Set.of(String.valueOf(year)));
		facets.put("key", Set.of(String.valueOf(key)));
		if (!leads.isEmpty()) {
			// The routing hint's facet names the first lead only, as it always has; the body facet all of them.
			facets.put("leadUnit", Set.of(leads.get(0)));
			facets.put(SearchDocument.ORG, new LinkedHashSet<>(leads));
		}
		Set<String> readers = new LinkedHashSet<>();
		if (state != SuggestionState.DRAFT) {
			readers.add("staff");
			units.forEach(unit -> readers.add("org:" + unit));
		}
		readers.add("person:" + leadDeputy);
		if (state != SuggestionState.DRAFT) {
			coSigners.forEach(p -> readers.add("person:" + p));
		}
		if (state.isPublished()) {
			readers.add("public");
		}
		return new SearchDocument(TYPE, String.valueOf(id), title, body, facets, date, readers);
	}

	private record Row(long id, String title, String body, String category, int year, boolean key, long leadDeputy,
			SuggestionState state, LocalDate draftedOn, LocalDate submittedOn) {
	}
}
