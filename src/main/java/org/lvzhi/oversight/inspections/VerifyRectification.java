package org.lvzhi.oversight.inspections;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office verifies a rectification report: the problem is closed (销号), or the report is
 * rejected and the unit has another rectification period.
 */
@Service
public class VerifyRectification {

	private final ProblemStore store;
	private final InspectionDeadlines deadlines;
	private final ProblemNotices notices;

	VerifyRectification(ProblemStore store, InspectionDeadlines deadlines, ProblemNotices notices) {
		this.store = store;
		this.deadlines = deadlines;
		this.notices = notices;
	}

	@Transactional
	public void close(ProblemId id, int version, String note, LocalDate on) {
		Problem p = store.load(id, version);
		Problem.Snapshot before = p.snapshot();
		p.verify(note, on);
		store.save(p, "closed", before);
		notices.toUnit(p, "closed");
	}

	@Transactional
	public void reject(ProblemId id, int version, String reason, LocalDate on) {
		Problem p = store.load(id, version);
		Problem.Snapshot before = p.snapshot();
		p.reject(reason, on, deadlines.redoDue(on));
		store.save(p, "rejected", before);
		notices.toUnit(p, "rejected");
	}
}
