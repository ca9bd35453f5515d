package org.lvzhi.petitions.routing;

import java.util.List;

import org.lvzhi.search.Search;
import org.springframework.stereotype.Component;

/**
 * Which bodies matters like this one were handed to: the search module's hint over the petitions
 * routed before, each body with how many of the similar matters went to it. A hint only: the office
 * picks the body itself, nothing is filled in unasked.
 */
@Component
public class PetitionRoutingHints {

	static final int LIMIT = 3;

	private final Search search;

	PetitionRoutingHints(Search search) {
		this.search = search;
	}

	/**
	 * @param count how many similar past routings went to the body
	 * @param weight the body's share of the similar matters' similarity, in [0, 1]
	 */
	public record BodyHint(String body, int count, double weight) {

		public int percent() {
			return (int) Math.round(weight * 100);
		}
	}

	/** The bodies similar matters were handed to, best first; empty when nothing similar was routed. */
	public List<BodyHint> forMatter(String subject, String matter) {
		String text = (subject == null ? "" : subject) + "\n" + (matter == null ? "" : matter);
		if (text.isBlank()) {
			return List.of();
		}
		return search.hint(PetitionDocuments.TYPE, text, PetitionDocuments.BODY, LIMIT)
			.stream()
			.filter(h -> h.count() > 0)
			.map(h -> new BodyHint(h.value(), h.count(), h.weight()))
			.toList();
	}
}
