package org.lvzhi.oversight.evaluation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.lvzhi.platform.SittingItem;
import org.lvzhi.platform.SittingItems;
import org.springframework.stereotype.Component;

/**
 * Satisfaction evaluations of departments, for the members who rate and then read the results: an
 * open one is in progress, a closed or published one was decided on that day (not at a sitting).
 * A committee holds a few a year, so all of them are read.
 */
@Component
class EvaluationsAtSittings implements SittingItems {

	private static final String KIND = "oversight.sitting.evaluation";

	private final Evaluations evaluations;

	EvaluationsAtSittings(Evaluations evaluations) {
		this.evaluations = evaluations;
	}

	@Override
	public List<SittingItem> upcoming(LocalDate today) {
		return evaluations.all().stream().filter(e -> e.state() == EvaluationState.OPEN)
			.map(e -> new SittingItem(null, false, KIND, e.title(), "oversight.evaluation.state.OPEN", link(e)))
			.toList();
	}

	@Override
	public List<SittingItem> decided(LocalDate today, int limit) {
		return evaluations.all().stream().filter(e -> e.state() != EvaluationState.OPEN)
			.map(e -> new SittingItem(e.publishedOn() != null ? e.publishedOn() : e.closedOn(), false, KIND, e.title(),
					"oversight.evaluation.state." + e.state(), link(e)))
			.filter(i -> i.date() != null && !i.date().isAfter(today))
			.sorted(Comparator.comparing(SittingItem::date).reversed())
			.limit(limit)
			.toList();
	}

	private static String link(Evaluations.EvaluationView e) {
		return "/oversight/evaluations/" + e.id();
	}
}
