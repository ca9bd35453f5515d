package org.lvzhi.legislation.comments;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.lvzhi.legislation.CommentId;
import org.lvzhi.legislation.drafts.DraftDocuments;
import org.lvzhi.legislation.internal.LegislationYears;
import org.lvzhi.legislation.process.ProcessStore;
import org.lvzhi.search.DocumentChanged;
import org.lvzhi.search.DocumentSource;
import org.lvzhi.search.SearchDocument;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Comments on drafts as search documents (type {@code comment}), one a comment, for office staff
 * only: hidden comments too, marked by the facet {@code hidden=true}, so that moderators find them;
 * the public never reads this type. What a commenter left for the office alone, the name and the
 * contact, is not indexed at all. Each use case that changes a comment calls {@link #changed}
 * inside its transaction; the index takes the change after the commit.
 */
@Component
public class CommentIndex implements DocumentSource {

	static final String TYPE = "comment";
	static final String UNDECIDED = "UNDECIDED";

	private final ProcessStore store;
	private final ApplicationEventPublisher events;

	CommentIndex(ProcessStore store, ApplicationEventPublisher events) {
		this.store = store;
		this.events = events;
	}

	@Override
	public String type() {
		return TYPE;
	}

	/** A comment's place in its draft's list of comments (which redirects there). */
	@Override
	public String link(String id) {
		return "/legislation/comments/" + id;
	}

	@Override
	public long size() {
		return store.commentCount();
	}

	@Override
	public void forEach(Consumer<SearchDocument> consumer) {
		store.forEachIndexedComment(c -> consumer.accept(document(c)));
	}

	/** Puts the comment as it now stands in the index once the transaction commits. */
	public void changed(CommentId id) {
		store.indexedComment(id).ifPresent(c -> events.publishEvent(new DocumentChanged(document(c))));
	}

	static SearchDocument document(ProcessStore.IndexedComment indexed) {
		Comment c = indexed.comment();
		Map<String, Set<String>> facets = new LinkedHashMap<>();
		facets.put("project", Set.of(indexed.project().toString()));
		facets.put("draft", Set.of(c.draft().toString()));
		facets.put("source", Set.of(c.source().name()));
		facets.put("decision", Set.of(c.decision() == null ? UNDECIDED : c.decision().name()));
		facets.put(SearchDocument.STATE, Set.of(c.decision() == null ? UNDECIDED : c.decision().name()));
		facets.put(SearchDocument.YEAR, Set.of(String.valueOf(LocalDate.ofInstant(c.submittedAt(), LegislationYears.CHINA).getYear())));
		facets.put("hidden", Set.of(Boolean.toString(c.hidden())));
		if (c.request() != null) {
			facets.put("request", Set.of(c.request().toString()));
		}
		String title = indexed.draftTitle() + (c.articleLabel() == null ? "" : " " + c.articleLabel());
		StringBuilder body = new StringBuilder(c.body());
		if (c.articleLabel() != null) {
			body.append('\n').append(c.articleLabel());
		}
		if (c.sourceDetail() != null) {
			body.append('\n').append(c.sourceDetail());
		}
		if (c.decisionReason() != null) {
			body.append('\n').append(c.decisionReason());
		}
		return new SearchDocument(TYPE, c.id().toString(), title, body.toString(), facets,
				LocalDate.ofInstant(c.submittedAt(), LegislationYears.CHINA), Set.of(DraftDocuments.STAFF));
	}
}
