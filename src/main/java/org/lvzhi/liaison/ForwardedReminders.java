package org.lvzhi.liaison;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every morning, forwarded opinions due within a few days or overdue are chased. */
@Component
class ForwardedReminders {

	private static final Logger log = LoggerFactory.getLogger(ForwardedReminders.class);

	private final ChaseForwarded chase;
	private final Clock clock;

	ForwardedReminders(ChaseForwarded chase, Clock clock) {
		this.chase = chase;
		this.clock = clock;
	}

	@SchedulerLock(name = "liaison.forwarded-reminders", lockAtLeastFor = "PT5M")
	@Scheduled(cron = "${lvzhi.liaison.reminder-cron:0 40 8 * * *}", zone = "Asia/Shanghai")
	void everyMorning() {
		int n = chase.chaseDue(LocalDate.now(clock));
		log.info("Forwarded opinions chased: {}", n);
	}
}
