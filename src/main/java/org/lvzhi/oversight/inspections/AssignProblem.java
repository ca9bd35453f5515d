package org.lvzhi.oversight.inspections;

import java.time.LocalDate;

import org.lvzhi.directory.Directory;
import org.lvzhi.directory.OrganizationId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office puts a problem on the list of its responsible unit (a directory organization); the
 * rectification report is then due within the rectification period of that day.
 */
@Service
public class AssignProblem {

	private final ProblemStore store;
	private final Directory directory;
	private final InspectionDeadlines deadlines;
	private final ProblemNotices notices;

	AssignProblem(ProblemStore store, Directory directory, InspectionDeadlines deadlines, ProblemNotices notices) {
		this.store = store;
		this.directory = directory;
		this.deadlines = deadlines;
		this.notices = notices;
	}

	@Transactional
	public void assign(ProblemId id, int version, OrganizationId unit, LocalDate on) {
		if (unit == null || directory.organization(unit).isEmpty()) {
			throw new InspectionException("inspections.error.unknownUnit", unit == null ? "" : unit.value());
		}
		Problem p = store.load(id, version);
		Problem.Snapshot before = p.snapshot();
		p.assign(unit.value(), on, deadlines.rectifyDue(on));
		store.save(p, "assigned", before);
		notices.toUnit(p, "assigned");
	}
}
