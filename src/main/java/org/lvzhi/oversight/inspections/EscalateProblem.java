package org.lvzhi.oversight.inspections;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A problem still not fixed after re-inspection is escalated to a special inquiry (专题询问) or a
 * questioning (质询) of the responsible organ; the follow-up happens there.
 */
@Service
public class EscalateProblem {

	private final ProblemStore store;
	private final ProblemNotices notices;

	EscalateProblem(ProblemStore store, ProblemNotices notices) {
		this.store = store;
		this.notices = notices;
	}

	@Transactional
	public void escalate(ProblemId id, int version, Escalation to, LocalDate on) {
		if (to == null) {
			throw new InspectionException("inspections.error.escalationRequired");
		}
		Problem p = store.load(id, version);
		Problem.Snapshot before = p.snapshot();
		p.escalate(to, on);
		store.save(p, "escalated", before);
		notices.toUnit(p, "escalated");
	}
}
