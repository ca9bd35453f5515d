package org.lvzhi.suggestions.search;

import java.util.List;

import org.lvzhi.directory.OrganizationId;
import org.lvzhi.search.Search;
import org.lvzhi.suggestions.Suggestion;
import org.springframework.stereotype.Component;

/**
 * Which units handled the suggestions most like this one: the lead units of the most similar
 * assigned suggestions, weighted by similarity, so that the commission routes alike texts alike.
 */
@Component
public class RoutingHints {

	public static final int LIMIT = 3;

	/** One unit of a hint, named, with its weight in [0, 1]. */
	public record UnitHint(OrganizationId unit, String name, double weight) {

		public long id() {
			return unit.value();
		}

		public int percent() {
			return (int) Math.round(weight * 100);
		}
	}

	private final Search search;
	private final LeadUnitLabels labels;

	RoutingHints(Search search, LeadUnitLabels labels) {
		this.search = search;
		this.labels = labels;
	}

	public List<UnitHint> forText(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return search.hint(SuggestionDocuments.TYPE, text, LeadUnitLabels.FACET, LIMIT)
			.stream()
			.flatMap(h -> unit(h.value()).stream()
				.map(u -> new UnitHint(u, labels.label(h.value()).orElse("#" + h.value()), h.weight())))
			.toList();
	}

	public List<UnitHint> forSuggestion(Suggestion s) {
		return forText(text(s));
	}

	/** What a suggestion is compared by: its title and its text. */
	public static String text(Suggestion s) {
		return s.title() + "\n" + s.body();
	}

	private static java.util.Optional<OrganizationId> unit(String value) {
		try {
			return java.util.Optional.of(new OrganizationId(Long.parseLong(value)));
		}
		catch (NumberFormatException e) {
			return java.util.Optional.empty();
		}
	}
}
