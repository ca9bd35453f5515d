package org.lvzhi.oversight.inspections;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team goes back to the site (回头看): a fixed problem is closed, an unfixed one stays on the
 * unit's list with a new rectification period, and may be escalated.
 */
@Service
public class ReinspectProblem {

	private final ProblemStore store;
	private final InspectionDeadlines deadlines;
	private final ProblemNotices notices;

	ReinspectProblem(ProblemStore store, InspectionDeadlines deadlines, ProblemNotices notices) {
		this.store = store;
		this.deadlines = deadlines;
		this.notices = notices;
	}

	@Transactional
	public void reinspect(ProblemId id, int version, boolean fixed, String note, LocalDate on) {
		Problem p = store.load(id, version);
		Problem.Snapshot before = p.snapshot();
		p.reinspect(fixed, note, on, deadlines.redoDue(on));
		store.save(p, fixed ? "reinspectedFixed" : "reinspectedNotFixed", before);
		notices.toUnit(p, fixed ? "closed" : "rejected");
	}
}
