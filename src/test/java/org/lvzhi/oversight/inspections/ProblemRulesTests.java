package org.lvzhi.oversight.inspections;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.audit.AuditLog;
import org.lvzhi.directory.OrganizationId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The problem's state machine and its deadlines, against the real database. */
@IntegrationTest
class ProblemRulesTests {

	@Autowired
	ApplicationContext context;
	@Autowired
	AssignProblem assign;
	@Autowired
	ReportRectification report;
	@Autowired
	VerifyRectification verify;
	@Autowired
	ReinspectProblem reinspect;
	@Autowired
	EscalateProblem escalate;
	@Autowired
	ChaseOverdueProblems chase;
	@Autowired
	JdbcClient jdbc;

	InspectionFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new InspectionFixture(context);
	}

	@Test
	void aProblemIsToBeAssignedWithin10DaysAndRectifiedWithin3MonthsOnTheWorkingDayCalendar() {
		InspectionId i = fixture.inspection(Topic.OTHER, of(2024, 9, 1), List.of());
		// Found on 27 September 2024: 10 days end on 7 October, the last day of the National Day
		// holiday, so the period ends on the next working day, 8 October.
		ProblemId p = fixture.site(i, of(2024, 9, 27), null, "消防通道被占用").get(0);
		assertThat(fixture.problem(p).assignDue()).isEqualTo(of(2024, 10, 8));
		assertThat(fixture.problem(p).state()).isEqualTo(ProblemState.FOUND);

		OrganizationId unit = fixture.unit();
		// Assigned on 30 November 2024: February has no 30th, so 3 months end on its last day, 28 February 2025.
		assign.assign(p, 0, unit, of(2024, 11, 30));
		Problem assigned = fixture.problem(p);
		assertThat(assigned.state()).isEqualTo(ProblemState.ASSIGNED);
		assertThat(assigned.rectifyDue()).isEqualTo(of(2025, 2, 28));
		assertThat(assigned.unitId()).isEqualTo(unit.value());
	}

	@Test
	void theStateMachineRefusesIllegalMovesAndGoesThroughRejectionToClosure() {
		InspectionId i = fixture.inspection(Topic.OTHER, of(2024, 5, 1), List.of());
		ProblemId p = fixture.site(i, of(2024, 5, 10), null, "健康证过期").get(0);
		OrganizationId unit = fixture.unit();

		assertThatThrownBy(() -> verify.close(p, 0, null, of(2024, 5, 11))).isInstanceOf(InspectionException.class)
			.hasFieldOrPropertyWithValue("messageKey", "inspections.error.illegalMove");
		assertThatThrownBy(() -> report.report(p, 0, unit, "已整改", of(2024, 5, 11)))
			.isInstanceOf(InspectionException.class);
		assertThatThrownBy(() -> escalate.escalate(p, 0, Escalation.INQUIRY, of(2024, 5, 11)))
			.isInstanceOf(InspectionException.class);
		assertThatThrownBy(() -> assign.assign(p, 0, unit, of(2024, 5, 9)))
			.hasFieldOrPropertyWithValue("messageKey", "inspections.error.dateBefore");

		assign.assign(p, 0, unit, of(2024, 5, 15));
		assertThatThrownBy(() -> assign.assign(p, 1, fixture.unit(), of(2024, 5, 16)))
			.hasFieldOrPropertyWithValue("messageKey", "inspections.error.illegalMove");
		// Another unit cannot report for the responsible one.
		assertThatThrownBy(() -> report.report(p, 1, fixture.unit(), "已整改", of(2024, 6, 1)))
			.hasFieldOrPropertyWithValue("messageKey", "inspections.error.notYourProblem");
		assertThatThrownBy(() -> report.report(p, 1, unit, " ", of(2024, 6, 1)))
			.hasFieldOrPropertyWithValue("messageKey", "inspections.error.reportRequired");

		report.report(p, 1, unit, "已组织复查，全部从业人员健康证明已更新。", of(2024, 6, 1));
		assertThatThrownBy(() -> verify.reject(p, 2, "", of(2024, 6, 5)))
			.hasFieldOrPropertyWithValue("messageKey", "inspections.error.reasonRequired");
		verify.reject(p, 2, "抽查仍有两人健康证过期。", of(2024, 6, 5));
		Problem rejected = fixture.problem(p);
		assertThat(rejected.state()).isEqualTo(ProblemState.NOT_FIXED);
		assertThat(rejected.rectifyDue()).isEqualTo(of(2024, 7, 5));

		report.report(p, 3, unit, "两人已补办健康证明。", of(2024, 6, 20));
		verify.close(p, 4, "复核属实，同意销号。", of(2024, 6, 25));
		Problem closed = fixture.problem(p);
		assertThat(closed.state()).isEqualTo(ProblemState.CLOSED);
		assertThat(closed.closedOn()).isEqualTo(of(2024, 6, 25));
		assertThat(closed.version()).isEqualTo(5);
		assertThatThrownBy(() -> reinspect.reinspect(p, 5, true, null, of(2024, 7, 1)))
			.hasFieldOrPropertyWithValue("messageKey", "inspections.error.illegalMove");
	}

	@Test
	void anUnfixedProblemIsReinspectedAndEscalated() {
		InspectionId i = fixture.inspection(Topic.OTHER, of(2024, 5, 1), List.of());
		ProblemId p = fixture.site(i, of(2024, 5, 10), null, "排污口未整治").get(0);
		assign.assign(p, 0, fixture.unit(), of(2024, 5, 12));
		reinspect.reinspect(p, 1, false, "回头看发现仍在直排。", of(2024, 8, 20));
		assertThat(fixture.problem(p).state()).isEqualTo(ProblemState.NOT_FIXED);
		escalate.escalate(p, 2, Escalation.QUESTIONING, of(2024, 9, 1));
		Problem escalated = fixture.problem(p);
		assertThat(escalated.state()).isEqualTo(ProblemState.ESCALATED);
		assertThat(escalated.escalation()).isEqualTo(Escalation.QUESTIONING);
		assertThat(escalated.state().isOpen()).isFalse();
	}

	@Test
	void aStaleVersionIsRefusedAndNothingChanges() {
		InspectionId i = fixture.inspection(Topic.OTHER, of(2024, 5, 1), List.of());
		ProblemId p = fixture.site(i, of(2024, 5, 10), null, "台账缺失").get(0);
		OrganizationId first = fixture.unit();
		assign.assign(p, 0, first, of(2024, 5, 12));
		assertThatThrownBy(() -> report.report(p, 0, first, "已整改", of(2024, 6, 1)))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(fixture.problem(p).state()).isEqualTo(ProblemState.ASSIGNED);
	}

	@Test
	void everyMoveIsAudited() {
		InspectionId i = fixture.inspection(Topic.OTHER, of(2024, 5, 1), List.of());
		ProblemId p = fixture.site(i, of(2024, 5, 10), null, "标识不全").get(0);
		assign.assign(p, 0, fixture.unit(), of(2024, 5, 12));
		long entries = jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'InspectionProblem' AND subject_id = :id")
			.param("id", String.valueOf(p.value())).query(Long.class).single();
		assertThat(entries).isEqualTo(1);
		String action = jdbc.sql("SELECT action FROM audit_entry WHERE subject_type = 'InspectionProblem' AND subject_id = :id")
			.param("id", String.valueOf(p.value())).query(String.class).single();
		assertThat(action).isEqualTo("oversight.inspections.problem.assigned");
	}

	@Test
	void overdueRectificationsAreChasedOnceADayInTheUnitsInbox() {
		InspectionId i = fixture.inspection(Topic.OTHER, of(2024, 3, 1), List.of());
		List<ProblemId> ps = fixture.site(i, of(2024, 3, 6), null, "逾期未整改的问题", "按期整改的问题");
		OrganizationId unit = fixture.unit();
		assign.assign(ps.get(0), 0, unit, of(2024, 3, 8));
		assign.assign(ps.get(1), 0, unit, of(2024, 3, 8));
		report.report(ps.get(1), 1, unit, "已整改。", of(2024, 5, 1));
		LocalDate day = of(2024, 6, 12);
		chase.chase(day);
		assertThat(fixture.problem(ps.get(0)).remindedOn).isEqualTo(day);
		assertThat(fixture.problem(ps.get(1)).remindedOn).isNull();
		long notices = jdbc.sql("SELECT COUNT(*) FROM notifications_notification n JOIN notifications_recipient r ON r.notification_id = n.id"
				+ " WHERE r.recipient_key = :k AND n.category = 'inspection.overdue'")
			.param("k", "org:" + unit.value()).query(Long.class).single();
		assertThat(notices).isEqualTo(1);
		chase.chase(day);
		long again = jdbc.sql("SELECT COUNT(*) FROM notifications_notification n JOIN notifications_recipient r ON r.notification_id = n.id"
				+ " WHERE r.recipient_key = :k AND n.category = 'inspection.overdue'")
			.param("k", "org:" + unit.value()).query(Long.class).single();
		assertThat(again).isEqualTo(1);
	}
}
