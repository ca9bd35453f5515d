package org.lvzhi.legislation.drafts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.lvzhi.legislation.DraftId;
import org.lvzhi.legislation.ProjectId;
import org.lvzhi.legislation.ProjectStatus;
import org.lvzhi.legislation.internal.LegislationYears;
import org.lvzhi.legislation.text.LawText;
import org.lvzhi.legislation.text.Unit;
import org.lvzhi.search.DocumentChanged;
import org.lvzhi.search.DocumentSource;
import org.lvzhi.search.SearchDocument;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Draft versions as search documents (type {@code draft}), one an article, found by office staff
 * only while drafts are internal.
 */
@Component
public class DraftDocuments implements DocumentSource {

	static final String TYPE = "draft";
	public static final String STAFF = "staff";

	private final DraftStore store;
	private final ApplicationEventPublisher events;

	DraftDocuments(DraftStore store, ApplicationEventPublisher events) {
		this.store = store;
		this.events = events;
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public void forEach(Consumer<SearchDocument> consumer) {
		for (Long id : store.draftIds()) {
			store.version(new DraftId(id))
				.ifPresent(v -> documents(v, status(v), store.text(v.id())).forEach(consumer));
		}
	}

	/** The signed-in page of an article's hit: the draft version (the ID is the version's and the article's place). */
	@Override
	public String link(String id) {
		int dash = id.indexOf('-');
		return "/legislation/drafts/" + (dash < 0 ? id : id.substring(0, dash));
	}

	public void publish(DraftVersion version, LawText text) {
		documents(version, status(version), text).forEach(d -> events.publishEvent(new DocumentChanged(d)));
	}

	/** The project's drafts again, with the project's new status: called where the status changes, in its transaction. */
	public void projectMoved(ProjectId project) {
		for (DraftVersion v : store.versions(project)) {
			publish(v, store.text(v.id()));
		}
	}

	private ProjectStatus status(DraftVersion version) {
		return store.project(version.project()).map(Project::status).orElse(null);
	}

	static List<SearchDocument> documents(DraftVersion version, ProjectStatus status, LawText text) {
		Map<String, Set<String>> facets = new LinkedHashMap<>();
		facets.put("project", Set.of(version.project().toString()));
		facets.put("reading", Set.of(String.valueOf(version.reading())));
		if (version.createdAt() != null) {
			facets.put(SearchDocument.YEAR,
					Set.of(String.valueOf(version.createdAt().atZone(LegislationYears.CHINA).getYear())));
		}
		if (status != null) {
			facets.put(SearchDocument.STATE, Set.of(status.name()));
		}
		List<SearchDocument> documents = new ArrayList<>();
		List<Unit> units = text.units();
		for (int seq = 0; seq < units.size(); seq++) {
			Unit unit = units.get(seq);
			if (unit.isArticle()) {
				documents.add(new SearchDocument(TYPE, version.id() + "-" + seq, version.title() + " " + unit.label(),
						unit.text(), facets, null, Set.of(STAFF)));
			}
		}
		return documents;
	}
}
