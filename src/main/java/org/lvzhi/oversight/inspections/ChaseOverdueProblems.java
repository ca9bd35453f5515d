package org.lvzhi.oversight.inspections;

import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every working morning, units whose rectification reports are overdue are reminded in their inbox,
 * at most once a day per problem; problems still unassigned after the assignment period are
 * reported to the office.
 */
@Service
public class ChaseOverdueProblems {

	private final ProblemStore store;
	private final JdbcClient jdbc;
	private final InspectionDeadlines deadlines;
	private final ProblemNotices notices;

	ChaseOverdueProblems(ProblemStore store, JdbcClient jdbc, InspectionDeadlines deadlines, ProblemNotices notices) {
		this.store = store;
		this.jdbc = jdbc;
		this.deadlines = deadlines;
		this.notices = notices;
	}

	@SchedulerLock(name = "oversight.inspections.chase-overdue", lockAtLeastFor = "PT5M")
	@Scheduled(cron = "${lvzhi.inspections.reminder-cron:0 35 8 * * *}", zone = "Asia/Shanghai")
	void everyWorkingMorning() {
		LocalDate today = deadlines.today();
		if (deadlines.service().isWorkingDay(today)) {
			chase(today);
		}
	}

	/** @return how many problems were chased on that day */
	@Transactional
	public int chase(LocalDate on) {
		var ids = jdbc.sql("""
				SELECT id FROM oversight_inspection_problem
				WHERE ((state IN ('ASSIGNED', 'NOT_FIXED') AND rectify_due < :on) OR (state = 'FOUND' AND assign_due < :on))
				  AND (reminded_on IS NULL OR reminded_on < :on)
				ORDER BY id""")
			.param("on", on).query(Long.class).list();
		for (Long id : ids) {
			Problem p = store.load(new ProblemId(id));
			Problem.Snapshot before = p.snapshot();
			p.remindedOn = on;
			store.save(p, "chased", before);
			if (p.state == ProblemState.FOUND) {
				notices.toOffice(p, "unassigned");
			}
			else {
				notices.toUnit(p, "overdue");
			}
		}
		return ids.size();
	}
}
