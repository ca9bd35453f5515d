package org.lvzhi.suggestions;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.lvzhi.search.DocumentChanged;
import org.lvzhi.search.DocumentRemoved;
import org.lvzhi.search.DocumentSource;
import org.lvzhi.search.SearchDocument;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Suggestions as search documents (type {@code suggestion}): the title; the text and the answers
 * as body; who may find them. Withdrawn drafts and merged suggestions leave the index.
 */
@Component
class SuggestionDocuments implements DocumentSource {

	static final String TYPE = "suggestion";

	private final ApplicationEventPublisher events;
	private final JdbcClient jdbc;
	private final SuggestionRepository repository;

	SuggestionDocuments(ApplicationEventPublisher events, JdbcClient jdbc, SuggestionRepository repository) {
		this.events = events;
		this.jdbc = jdbc;
		this.repository = repository;
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public void forEach(Consumer<SearchDocument> consumer) {
		// IDs first, then one aggregate at a time, so a rebuild never holds every suggestion in memory.
		for (Long id : jdbc.sql("SELECT id FROM suggestions_suggestion WHERE state NOT IN ('WITHDRAWN', 'MERGED') ORDER BY id")
			.query(Long.class).list()) {
			repository.findById(id).map(SuggestionDocuments::document).ifPresent(consumer);
		}
	}

	void publish(Suggestion s) {
		if (s.state() == SuggestionState.WITHDRAWN || s.state() == SuggestionState.MERGED) {
			events.publishEvent(new DocumentRemoved(TYPE, s.id().toString()));
		}
		else {
			events.publishEvent(new DocumentChanged(document(s)));
		}
	}

	static SearchDocument document(Suggestion s) {
		String body = s.body() + s.answers().stream().map(Answer::text).collect(Collectors.joining("\n", "\n", ""));
		Map<String, Set<String>> facets = new LinkedHashMap<>();
		facets.put("state", Set.of(s.state().name()));
		facets.put("category", Set.of(s.category()));
		facets.put("year", Set.of(String.valueOf(s.year())));
		facets.put("key", Set.of(String.valueOf(s.key())));
		if (s.leadUnit() != null) {
			facets.put("leadUnit", Set.of(s.leadUnit().toString()));
		}
		Set<String> readers = new LinkedHashSet<>();
		if (s.state() != SuggestionState.DRAFT) {
			readers.add("staff");
			s.standingAssignments().forEach(a -> readers.add("org:" + a.organizationId()));
		}
		readers.add("person:" + s.leadDeputy());
		if (s.state() != SuggestionState.DRAFT) {
			s.coSigners().forEach(p -> readers.add("person:" + p));
		}
		if (s.state().isPublished()) {
			readers.add("public");
		}
		return new SearchDocument(TYPE, s.id().toString(), s.title(), body, facets,
				s.submittedOn() != null ? s.submittedOn() : s.draftedOn(), readers);
	}
}
