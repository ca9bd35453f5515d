package org.lvzhi.oversight.reminders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.lvzhi.deadlines.Deadlines;
import org.lvzhi.notifications.NotificationRequested;
import org.lvzhi.notifications.Recipients;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every working morning: special-inquiry commitments past their due date are reminded to the owing
 * organ and the office; filings whose formal check, review or maker's answer is overdue are reminded
 * to the office (and the maker for its answer). The due dates were set from the working-day calendar
 * when each step was taken; each item is reminded at most once a day.
 */
@Component("oversightOverdueReminders")
public class OverdueReminders {

	static final String OFFICE = Recipients.office("GENERAL_OFFICE");

	private final JdbcClient jdbc;
	private final Deadlines deadlines;
	private final ApplicationEventPublisher events;

	OverdueReminders(JdbcClient jdbc, Deadlines deadlines, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.deadlines = deadlines;
		this.events = events;
	}

	@SchedulerLock(name = "oversight.overdue-reminders", lockAtLeastFor = "PT5M")
	@Scheduled(cron = "${lvzhi.oversight.reminder-cron:0 35 8 * * *}", zone = "Asia/Shanghai")
	void everyWorkingMorning() {
		if (deadlines.isWorkingDay(deadlines.today())) {
			remind(deadlines.today());
		}
	}

	private record Commitment(long id, long inquiryId, long organizationId, String text, LocalDate dueOn, String title) {
	}

	private record Filing(long id, String title, long makerId, String state, LocalDate checkDue, LocalDate reviewDue,
			LocalDate answerDue) {
	}

	/** @return how many items were reminded on that day */
	@Transactional
	public int remind(LocalDate today) {
		int sent = 0;
		List<Commitment> commitments = jdbc.sql("""
				SELECT c.id, c.inquiry_id, c.organization_id, c.text, c.due_on, i.title
				FROM oversight_inquiry_commitment c JOIN oversight_inquiry i ON i.id = c.inquiry_id
				WHERE c.done_on IS NULL AND c.due_on < :today ORDER BY c.due_on, c.id""")
			.param("today", today).query(Commitment.class).list();
		for (Commitment c : commitments) {
			if (!firstToday("COMMITMENT", c.id(), today)) {
				continue;
			}
			List<String> args = List.of(c.title(), c.text(), String.valueOf(c.dueOn()));
			events.publishEvent(new NotificationRequested(List.of(Recipients.organization(c.organizationId())),
					"oversight.notice.commitmentOverdue", args, "/oversight/commitments", "oversight.commitment.overdue",
					"commitment:" + c.id()));
			events.publishEvent(new NotificationRequested(List.of(OFFICE), "oversight.notice.commitmentOverdue", args,
					"/oversight/inquiries/" + c.inquiryId(), "oversight.commitment.overdue", "commitment:" + c.id()));
			sent++;
		}
		List<Filing> filings = jdbc.sql("""
				SELECT id, title, maker_id, state, check_due, review_due, answer_due FROM oversight_filing
				WHERE (state = 'FILED' AND check_due < :today) OR (state = 'UNDER_REVIEW' AND review_due < :today)
				   OR (state = 'OPINION_SENT' AND answer_due < :today)
				ORDER BY id""")
			.param("today", today).query(Filing.class).list();
		for (Filing f : filings) {
			if (!firstToday("FILING_" + f.state(), f.id(), today)) {
				continue;
			}
			String link = "/oversight/filings/" + f.id();
			String subject = "filing:" + f.id();
			switch (f.state()) {
				case "FILED" -> events.publishEvent(new NotificationRequested(List.of(OFFICE), "oversight.notice.checkOverdue",
						List.of(f.title(), String.valueOf(f.checkDue())), link, "oversight.filing.overdue", subject));
				case "UNDER_REVIEW" -> events.publishEvent(new NotificationRequested(List.of(OFFICE),
						"oversight.notice.reviewOverdue", List.of(f.title(), String.valueOf(f.reviewDue())), link,
						"oversight.filing.overdue", subject));
				default -> {
					List<String> args = List.of(f.title(), String.valueOf(f.answerDue()));
					// The maker cannot open the office's filing pages: its notice carries the text only.
					events.publishEvent(new NotificationRequested(List.of(Recipients.organization(f.makerId())),
							"oversight.notice.answerOverdue", args, null, "oversight.filing.overdue", subject));
					events.publishEvent(new NotificationRequested(List.of(OFFICE), "oversight.notice.answerOverdue", args,
							link, "oversight.filing.overdue", subject));
				}
			}
			sent++;
		}
		return sent;
	}

	private boolean firstToday(String kind, long item, LocalDate today) {
		boolean already = jdbc.sql("SELECT COUNT(*) FROM oversight_reminder_sent WHERE kind = ? AND item_id = ? AND sent_on = ?")
			.params(kind, item, today).query(Long.class).single() > 0;
		if (already) {
			return false;
		}
		jdbc.sql("INSERT INTO oversight_reminder_sent (kind, item_id, sent_on) VALUES (?, ?, ?)").params(kind, item, today)
			.update();
		return true;
	}
}
