package org.lvzhi.oversight.inspections;

import java.time.LocalDate;

import org.lvzhi.directory.OrganizationId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The responsible unit reports how it rectified a problem on its list; only its own problems. */
@Service
public class ReportRectification {

	private final ProblemStore store;
	private final ProblemNotices notices;

	ReportRectification(ProblemStore store, ProblemNotices notices) {
		this.store = store;
		this.notices = notices;
	}

	@Transactional
	public void report(ProblemId id, int version, OrganizationId unit, String text, LocalDate on) {
		Problem p = store.load(id, version);
		Problem.Snapshot before = p.snapshot();
		p.report(unit.value(), text, on);
		store.save(p, "reported", before);
		notices.toOffice(p, "reported");
	}
}
