package org.lvzhi.petitions.reminders;

import java.time.LocalDate;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.lvzhi.deadlines.DeadlineStatus;
import org.lvzhi.deadlines.Deadlines;
import org.lvzhi.notifications.NotificationRequested;
import org.lvzhi.notifications.Recipients;
import org.lvzhi.petitions.handling.PetitionSettings;
import org.lvzhi.petitions.handling.PetitionsOffice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every working morning, the running deadline of each open petition is looked at on the calendar:
 * a few working days before it ends the petitions office (and the body handling it) is reminded,
 * and once it has passed, reminded again every week. The notice names the petition's number and
 * subject, never the petitioner.
 */
@Component
class PetitionReminders {

	private static final Logger log = LoggerFactory.getLogger(PetitionReminders.class);
	static final String CATEGORY = "petitions.deadline";

	private final JdbcClient jdbc;
	private final Deadlines deadlines;
	private final PetitionSettings settings;
	private final org.springframework.context.ApplicationEventPublisher events;

	PetitionReminders(JdbcClient jdbc, Deadlines deadlines, PetitionSettings settings,
			org.springframework.context.ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.deadlines = deadlines;
		this.settings = settings;
		this.events = events;
	}

	@SchedulerLock(name = "petitions.reminders", lockAtLeastFor = "PT5M")
	@Scheduled(cron = "${lvzhi.petitions.reminder-cron:0 50 8 * * *}", zone = "Asia/Shanghai")
	void everyWorkingMorning() {
		remind(deadlines.today());
	}

	private record Open(long id, String number, String subject, LocalDate due, Long body) {
	}

	/** @return how many petitions were reminded of on that day (none on a day off) */
	@Transactional
	int remind(LocalDate day) {
		if (!deadlines.isWorkingDay(day)) {
			return 0;
		}
		List<Open> open = jdbc.sql("""
				SELECT id, number, subject, handling_body_id, CASE state WHEN 'REGISTERED' THEN route_due
				  WHEN 'HANDLING' THEN handling_due WHEN 'UNDER_REVIEW' THEN review_decision_due
				  WHEN 'UNDER_RE_REVIEW' THEN re_review_decision_due END AS due
				FROM petitions_petition WHERE state IN ('REGISTERED', 'HANDLING', 'UNDER_REVIEW', 'UNDER_RE_REVIEW')
				  AND received_on >= :since""")
			.param("since", day.minusYears(2))
			.query((rs, n) -> {
				long body = rs.getLong("handling_body_id");
				return new Open(rs.getLong("id"), rs.getString("number"), rs.getString("subject"),
						rs.getObject("due", LocalDate.class), rs.wasNull() ? null : body);
			})
			.list();
		int sent = 0;
		for (Open o : open) {
			if (o.due() == null) {
				continue;
			}
			DeadlineStatus status = deadlines.status(o.due(), day);
			boolean dueSoon = status.state() == DeadlineStatus.State.REMAINING
					&& status.workingDays() == settings.remindDaysBefore();
			boolean overdue = status.state() == DeadlineStatus.State.OVERDUE
					&& (status.workingDays() - 1) % settings.chaseEveryWorkingDays() == 0;
			if (dueSoon || overdue) {
				String key = overdue ? "petitions.notice.overdue" : "petitions.notice.dueSoon";
				List<String> args = List.of(o.number(), o.subject(), o.due().toString());
				events.publishEvent(new NotificationRequested(List.of(Recipients.office(PetitionsOffice.CODE)), key, args,
						"/petitions/" + o.id(), CATEGORY, "petition:" + o.id()));
				if (o.body() != null) {
					// The body opens its own page of the matter, which shows no personal data.
					events.publishEvent(new NotificationRequested(List.of(Recipients.organization(o.body())), key, args,
							"/unit/petitions/" + o.id(), CATEGORY, "unit-petition:" + o.id()));
				}
				sent++;
			}
		}
		log.info("Petitions reminded of on {}: {}", day, sent);
		return sent;
	}
}
