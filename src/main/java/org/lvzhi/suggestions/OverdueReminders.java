package org.lvzhi.suggestions;

import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.lvzhi.deadlines.Deadlines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every working morning, units whose answers are overdue are reminded (in their inbox, and by
 * e-mail where a mail server is configured). Days off are skipped: nobody reads a reminder then,
 * and it would only pile up.
 */
@Component
class OverdueReminders {

	private static final Logger log = LoggerFactory.getLogger(OverdueReminders.class);

	private final ChaseOverdue chase;
	private final Deadlines deadlines;

	OverdueReminders(ChaseOverdue chase, Deadlines deadlines) {
		this.chase = chase;
		this.deadlines = deadlines;
	}

	@SchedulerLock(name = "suggestions.overdue-reminders", lockAtLeastFor = "PT5M")
	@Scheduled(cron = "${lvzhi.suggestions.reminder-cron:0 30 8 * * *}", zone = "Asia/Shanghai")
	void everyWorkingMorning() {
		remind(deadlines.today());
	}

	/** @return how many suggestions were chased on that day (none on a day off) */
	int remind(LocalDate day) {
		if (!deadlines.isWorkingDay(day)) {
			return 0;
		}
		int chased = chase.chase(day);
		log.info("Overdue suggestions chased on {}: {}", day, chased);
		return chased;
	}
}
