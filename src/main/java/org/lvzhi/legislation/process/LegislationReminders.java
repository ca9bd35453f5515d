package org.lvzhi.legislation.process;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.lvzhi.legislation.internal.LegislationYears;
import org.lvzhi.legislation.network.RemindOverdueRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every morning: overdue requests for opinion are reminded, and projects shelved too long terminated. */
@Component
class LegislationReminders {

	private static final Logger log = LoggerFactory.getLogger(LegislationReminders.class);

	private final RemindOverdueRequests requests;
	private final TerminateShelvedProjects shelved;
	private final Clock clock;

	LegislationReminders(RemindOverdueRequests requests, TerminateShelvedProjects shelved, Clock clock) {
		this.requests = requests;
		this.shelved = shelved;
		this.clock = clock;
	}

	@SchedulerLock(name = "legislation.reminders", lockAtLeastFor = "PT5M")
	@Scheduled(cron = "${lvzhi.legislation.reminder-cron:0 45 8 * * *}", zone = "Asia/Shanghai")
	void everyMorning() {
		LocalDate today = LocalDate.now(clock.withZone(LegislationYears.CHINA));
		log.info("Overdue requests for opinion reminded: {}", requests.remindOverdue(today));
		log.info("Shelved projects terminated: {}", shelved.terminateDue(today));
	}
}
