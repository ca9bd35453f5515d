package org.lvzhi.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.lvzhi.search.Search.AllTypesHits;
import org.lvzhi.search.Search.AllTypesQuery;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the search box's pages and its JSON twin share: the query from the request's parameters,
 * the hits with the page each is read on, and the filters named in the user's language.
 */
@Component
class SearchBox {

	static final int PAGE_SIZE = 20;
	/** Deeper pages say nothing a better query would not. */
	static final int MAX_PAGE = 50;

	private final Search search;
	private final DocumentSources sources;
	private final List<FacetLabels> labels;
	private final MessageSource messages;

	SearchBox(Search search, DocumentSources sources, List<FacetLabels> labels, MessageSource messages) {
		this.search = search;
		this.sources = sources;
		this.labels = labels;
		this.messages = messages;
	}

	/**
	 * @param signedIn whether hits link to the signed-in pages or to the public ones; visitors who
	 *     are not signed in read with the {@code public} key only, so every hit they get has one
	 */
	Results find(Request request, Set<String> readers, boolean signedIn) {
		if (request.text() == null || request.text().isBlank()) {
			return new Results(request, 0, true, 1, List.of(), List.of(), Map.of());
		}
		Map<String, Set<String>> facets = new LinkedHashMap<>();
		put(facets, SearchDocument.YEAR, request.year());
		put(facets, SearchDocument.ORG, request.org());
		if (request.types().size() == 1) {
			put(facets, SearchDocument.STATE, request.state());
		}
		int page = Math.max(1, Math.min(request.page(), MAX_PAGE));
		AllTypesHits found = search.searchAll(new AllTypesQuery(request.types(), request.text(), facets, readers,
				(page - 1) * request.size(), request.size()));
		List<Item> items = new ArrayList<>();
		for (Search.TypedHit hit : found.hits()) {
			String id = hit.hit().id();
			String link = sources.forType(hit.type())
				.map(s -> signedIn ? s.link(id) : s.publicLink(id))
				.orElse(null);
			List<String> states = hit.facets().getOrDefault(SearchDocument.STATE, List.of());
			items.add(new Item(hit.type(), typeName(hit.type()), id, hit.hit(), link, hit.date(),
					states.isEmpty() ? null : label(hit.type(), SearchDocument.STATE, states.get(0)).orElse(null)));
		}
		List<Option> types = found.types()
			.entrySet()
			.stream()
			.map(e -> new Option(e.getKey(), typeName(e.getKey()), e.getValue(), request.types().contains(e.getKey())))
			.toList();
		Map<String, List<Option>> filters = new LinkedHashMap<>();
		String onlyType = request.types().size() == 1 ? request.types().iterator().next() : null;
		found.counts().forEach((facet, counts) -> {
			List<Option> options = new ArrayList<>();
			counts.forEach((value, count) -> {
				String name = switch (facet) {
					case SearchDocument.YEAR -> value;
					case SearchDocument.STATE -> onlyType == null ? value : label(onlyType, facet, value).orElse(value);
					default -> label("*", facet, value).orElse(value);
				};
				options.add(new Option(value, name, count, value.equals(selected(request, facet))));
			});
			if (!options.isEmpty()) {
				filters.put(facet, options);
			}
		});
		return new Results(request, found.total(), found.exact(), request.pages(found.total()), items, types, filters);
	}

	private static String selected(Request request, String facet) {
		return switch (facet) {
			case SearchDocument.YEAR -> request.year();
			case SearchDocument.STATE -> request.state();
			default -> request.org();
		};
	}

	String typeName(String type) {
		return messages.getMessage("search.type." + type, null, type, LocaleContextHolder.getLocale());
	}

	private Optional<String> label(String type, String facet, String value) {
		for (FacetLabels l : labels) {
			if (l.type().equals(type) && l.facet().equals(facet)) {
				return l.label(value);
			}
		}
		return Optional.empty();
	}

	private static void put(Map<String, Set<String>> facets, String name, String value) {
		if (value != null && !value.isBlank()) {
			facets.put(name, Set.of(value.strip()));
		}
	}

	/** The box's parameters, cleaned: unknown types are kept (they match nothing), blanks dropped. */
	record Request(String text, Set<String> types, String year, String state, String org, int page, int size) {

		static Request of(String q, List<String> type, String year, String state, String org, Integer page,
				Integer size) {
			Set<String> types = new LinkedHashSet<>();
			if (type != null) {
				type.stream().filter(t -> t != null && !t.isBlank()).map(String::strip).forEach(types::add);
			}
			String text = q == null ? null : q.strip();
			if (text != null && text.length() > UserQueries.MAX_QUERY_CHARS) {
				text = text.substring(0, UserQueries.MAX_QUERY_CHARS);
			}
			return new Request(text, types, blankToNull(year), blankToNull(state), blankToNull(org),
					page == null ? 1 : page, size == null ? PAGE_SIZE : size);
		}

		private static String blankToNull(String s) {
			return s == null || s.isBlank() ? null : s.strip();
		}

		int pages(long total) {
			return (int) Math.min(MAX_PAGE, Math.max(1, (total + size - 1) / size));
		}
	}

	/**
	 * @param exact whether the total and the counts cover every match, or only the best ones
	 *     ({@link Search.AllTypesHits#exact})
	 */
	record Results(Request request, long total, boolean exact, int pages, List<Item> items, List<Option> types,
			Map<String, List<Option>> filters) {
	}

	record Item(String type, String typeName, String id, SearchHits.Hit hit, String link, LocalDate date, String state) {
	}

	record Option(String value, String name, long count, boolean selected) {
	}
}
