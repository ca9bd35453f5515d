package org.lvzhi.oversight.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.audit.AuditLog;
import org.lvzhi.oversight.OversightException;
import org.lvzhi.oversight.WorkReportId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;

/** The statutory clock of a work report and its moves, against the real database and calendar. */
@IntegrationTest
class WorkReportTests {

	@Autowired
	ApplicationContext context;
	@Autowired
	ScheduleSitting schedule;
	@Autowired
	ReportReminders reminders;

	@Test
	void documentDeadlinesCountBackFromTheSitting() {
		ReportFixture f = new ReportFixture(context);
		WorkReportId id = f.planned(f.organ());
		f.workflow().schedule(id, ReportFixture.SITTING);
		ReportView r = f.get(id);
		assertThat(r.draftDue()).isEqualTo(LocalDate.of(2024, 6, 5));
		// 10 days before is Saturday 15 June: due on Friday 14 June.
		assertThat(r.reportDue()).isEqualTo(LocalDate.of(2024, 6, 14));
		assertThat(r.membersDue()).isEqualTo(LocalDate.of(2024, 6, 18));
	}

	@Test
	void aDeadlineFallingOnAHolidayMovesToTheWorkingDayBefore() {
		ReportFixture f = new ReportFixture(context);
		WorkReportId id = f.planned(f.organ());
		// 10 days before 11 October 2024 is 1 October, National Day: due on Monday 30 September, the working day before.
		f.workflow().schedule(id, LocalDate.of(2024, 10, 11));
		assertThat(f.get(id).reportDue()).isEqualTo(LocalDate.of(2024, 9, 30));
	}

	@Test
	void aLateDocumentIsFlagged() {
		ReportFixture f = new ReportFixture(context);
		WorkReportId id = f.planned(f.organ());
		f.workflow().schedule(id, ReportFixture.SITTING);
		f.workflow().receiveDocument(id, "DRAFT", LocalDate.of(2024, 6, 5));
		f.workflow().receiveDocument(id, "REPORT", LocalDate.of(2024, 6, 17));
		ReportView r = f.get(id);
		assertThat(r.draftLate()).isFalse();
		assertThat(r.reportLate()).isTrue();
	}

	@Test
	void opinionsAreDueTenDaysAfterDeliberationAndTheHandlingReportThreeMonthsAfterHandover() {
		ReportFixture f = new ReportFixture(context);
		WorkReportId id = f.opinionsSent(f.organ());
		ReportView r = f.get(id);
		assertThat(r.opinionsDue()).isEqualTo(LocalDate.of(2024, 7, 5));
		assertThat(r.opinionsSentOn()).isEqualTo(LocalDate.of(2024, 6, 30));
		// 3 months after 30 June is Monday 30 September, a working day between the make-up Sunday and National Day.
		assertThat(r.handlingDue()).isEqualTo(LocalDate.of(2024, 9, 30));
		assertThat(r.handlingOverdue(LocalDate.of(2024, 9, 30))).isFalse();
		assertThat(r.handlingOverdue(LocalDate.of(2024, 10, 8))).isTrue();
	}

	@Test
	void theWholePathEndsClosedWithEveryMoveAudited() {
		ReportFixture f = new ReportFixture(context);
		WorkReportId id = f.opinionsSent(f.organ());
		f.workflow().recordHandlingReport(id, "已逐条研究落实。", LocalDate.of(2024, 9, 20));
		f.workflow().close(id, "继续跟踪。", LocalDate.of(2024, 10, 25));
		assertThat(f.get(id).state()).isEqualTo(ReportState.CLOSED);
		assertThat(context.getBean(AuditLog.class).historyOf("WorkReport", String.valueOf(id.value())))
			.extracting(e -> e.action()).contains("oversight.report.planned", "oversight.report.scheduled",
					"oversight.report.deliberated", "oversight.report.opinionsSent", "oversight.report.handled",
					"oversight.report.closed");
	}

	@Test
	void anIllegalMoveIsRefused() {
		ReportFixture f = new ReportFixture(context);
		WorkReportId id = f.planned(f.organ());
		assertThatThrownBy(() -> f.workflow().sendOpinions(id, LocalDate.of(2024, 7, 1)))
			.isInstanceOf(OversightException.class).hasMessage("oversight.error.illegalMove");
	}

	@Test
	void aStaleEditIsRefused() {
		ReportFixture f = new ReportFixture(context);
		WorkReportId id = f.planned(f.organ());
		int seen = f.get(id).version();
		f.workflow().schedule(id, ReportFixture.SITTING);
		assertThatThrownBy(() -> schedule.schedule(id, seen, ReportFixture.SITTING.plusDays(7)))
			.isInstanceOf(OptimisticLockingFailureException.class);
	}

	@Test
	void overdueHandlingReportsAreReminded() {
		ReportFixture f = new ReportFixture(context);
		f.opinionsSent(f.organ());
		assertThat(reminders.remind(LocalDate.of(2024, 10, 8))).isPositive();
	}
}
