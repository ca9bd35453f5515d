package org.lvzhi.legislation.library;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.lvzhi.legislation.LawId;
import org.lvzhi.legislation.text.Outline;
import org.lvzhi.legislation.text.Unit;
import org.lvzhi.legislation.text.UnitKind;
import org.lvzhi.search.DocumentChanged;
import org.lvzhi.search.DocumentSource;
import org.lvzhi.search.SearchDocument;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The library as search documents (type {@code law}), one an article, so that a search answers
 * with the article that says what is sought. Texts without articles (decisions) are found by
 * their paragraphs. Everybody may find them: laws are public.
 */
@Component
public class LawDocuments implements DocumentSource {

	public static final String TYPE = "law";
	public static final String PUBLIC = "public";

	private final LawStore store;
	private final ApplicationEventPublisher events;

	LawDocuments(LawStore store, ApplicationEventPublisher events) {
		this.store = store;
		this.events = events;
	}

	@Override
	public String type() {
		return TYPE;
	}

	/** The document ID is the law's and the unit's place; the law's page is public and reads the same signed in. */
	@Override
	public String link(String id) {
		return publicLink(id);
	}

	@Override
	public String publicLink(String id) {
		int dash = id.indexOf('-');
		return "/public/laws/" + (dash < 0 ? id : id.substring(0, dash));
	}

	@Override
	public void forEach(Consumer<SearchDocument> consumer) {
		for (Long id : store.ids()) {
			store.find(new LawId(id)).ifPresent(law -> documents(law).forEach(consumer));
		}
	}

	public void publish(Law law) {
		documents(law).forEach(d -> events.publishEvent(new DocumentChanged(d)));
	}

	/** The search document's ID of a unit: the law and the unit's place, e.g. {@code 12-30}. */
	static String documentId(LawId law, int seq) {
		return law.value() + "-" + seq;
	}

	static List<SearchDocument> documents(Law law) {
		List<Unit> units = law.units();
		boolean hasArticles = units.stream().anyMatch(Unit::isArticle);
		List<List<String>> paths = Outline.paths(units);
		Map<String, Set<String>> facets = new LinkedHashMap<>();
		facets.put("category", Set.of(law.category()));
		if (law.region() != null) {
			facets.put("region", Set.of(law.region()));
		}
		facets.put("status", Set.of(law.status().name()));
		facets.put(SearchDocument.STATE, Set.of(law.status().name()));
		if (law.issuedOn() != null) {
			facets.put(SearchDocument.YEAR, Set.of(String.valueOf(law.issuedOn().getYear())));
		}
		facets.put("law", Set.of(law.id().toString()));
		List<SearchDocument> documents = new ArrayList<>();
		for (int seq = 0; seq < units.size(); seq++) {
			Unit unit = units.get(seq);
			boolean passage = hasArticles ? unit.isArticle() : unit.kind() == UnitKind.TEXT && unit.body().strip().length() > 10;
			if (!passage) {
				continue;
			}
			String where = String.join(" ", paths.get(seq));
			String title = "《" + law.title() + "》" + (unit.label().isEmpty() ? where : unit.label());
			documents.add(new SearchDocument(TYPE, documentId(law.id(), seq), title.strip(), unit.text(), facets,
					law.issuedOn(), Set.of(PUBLIC)));
		}
		return documents;
	}
}
