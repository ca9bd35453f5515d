package org.lvzhi.petitions.routing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
	/** How many past routings the accuracy is measured on. */
	static final int SAMPLE = 200;
	/** The accuracy changes only as routings accumulate: measuring it takes 200 hints, so it is kept this long. */
	static final Duration KEPT = Duration.ofMinutes(5);

	private final Search search;
	private final Clock clock;
	private volatile Measured measured;

	PetitionRoutingHints(Search search, Clock clock) {
		this.search = search;
		this.clock = clock;
	}

	private record Measured(Accuracy accuracy, Instant at) {
	}

	/**
	 * How far to trust the hint: each of up to {@link #SAMPLE} petitions handed to a body, hinted from
	 * its own matter against the others, and how often its real body came first or among the first three.
	 */
	public record Accuracy(int checked, double top1, double top3) {

		public int top1Percent() {
			return (int) Math.round(top1 * 100);
		}

		public int top3Percent() {
			return (int) Math.round(top3 * 100);
		}
	}

	/** The hint's measured accuracy, measured again at most every few minutes. */
	public Accuracy accuracy() {
		Measured m = measured;
		Instant now = clock.instant();
		if (m == null || m.at().plus(KEPT).isBefore(now)) {
			Search.HintAccuracy a = search.hintAccuracy(PetitionDocuments.TYPE, PetitionDocuments.BODY, SAMPLE);
			m = new Measured(new Accuracy(a.checked(), a.top1(), a.top3()), now);
			measured = m;
		}
		return m.accuracy();
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
