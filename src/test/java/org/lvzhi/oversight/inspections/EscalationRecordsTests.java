package org.lvzhi.oversight.inspections;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.accounts.Accounts;
import org.lvzhi.accounts.NewAccount;
import org.lvzhi.accounts.Role;
import org.lvzhi.audit.AuditEntry;
import org.lvzhi.audit.AuditLog;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.oversight.InquiryId;
import org.lvzhi.oversight.InterpellationId;
import org.lvzhi.oversight.inquiry.Inquiries;
import org.lvzhi.oversight.inquiry.Interpellations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Escalating an unfixed problem makes a real record: a question topic of a special inquiry (new or
 * chosen) or an interpellation of the responsible organ; each side shows the other.
 */
@IntegrationTest
class EscalationRecordsTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	ApplicationContext context;
	@Autowired
	AssignProblem assign;
	@Autowired
	ReinspectProblem reinspect;
	@Autowired
	EscalateProblem escalate;
	@Autowired
	Inspections inspections;
	@Autowired
	Inquiries inquiries;
	@Autowired
	Interpellations interpellations;
	@Autowired
	AuditLog audit;
	@Autowired
	MockMvc mvc;
	@Autowired
	Accounts accounts;
	@Autowired
	UserDetailsService users;

	InspectionFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new InspectionFixture(context);
	}

	RequestPostProcessor account(Role role, Long organization) {
		String username = "t-esc-" + role.name().toLowerCase() + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
		accounts.open(new NewAccount(username, "Lvzhi-test-pass-7", "测试" + role, role, role == Role.STAFF ? "GENERAL_OFFICE" : null,
				null, organization));
		return user(users.loadUserByUsername(username));
	}

	/** Problems of one unit, reinspected and still not fixed (each at version 2). */
	List<ProblemId> unfixed(OrganizationId unit, String... descriptions) {
		InspectionId i = fixture.inspection(Topic.OTHER, of(2024, 5, 1), List.of());
		List<ProblemId> ps = fixture.site(i, of(2024, 5, 10), null, descriptions);
		for (ProblemId p : ps) {
			assign.assign(p, 0, unit, of(2024, 5, 12));
			reinspect.reinspect(p, 1, false, "回头看仍未整改。", of(2024, 8, 20));
		}
		return ps;
	}

	@Test
	void escalatingToAnInquiryAddsTheProblemAsAQuestionTopicOfANewOrChosenInquiry() throws Exception {
		OrganizationId unit = fixture.unit();
		List<ProblemId> ps = unfixed(unit, "询问测试问题甲", "询问测试问题乙");
		long inquiry = escalate.escalate(ps.get(0), 2, Escalation.INQUIRY, null, of(2024, 9, 1));
		var prepared = inquiries.get(new InquiryId(inquiry)).orElseThrow();
		assertThat(prepared.heldOn()).as("to be held; not counted among the year's inquiries").isNull();
		assertThat(inquiries.heldIn(2024)).extracting(Inquiries.InquiryView::id).doesNotContain(inquiry);
		assertThat(escalate.escalate(ps.get(1), 2, Escalation.INQUIRY, inquiry, of(2024, 9, 2))).isEqualTo(inquiry);

		assertThat(inquiries.topics(new InquiryId(inquiry))).extracting(Inquiries.QuestionTopic::problemId)
			.containsExactly(ps.get(0).value(), ps.get(1).value());
		assertThat(inquiries.topics(new InquiryId(inquiry))).allSatisfy(t -> assertThat(t.organId()).isEqualTo(unit.value()));
		assertThat(inspections.escalationLinks(ps.get(1)).inquiryId()).isEqualTo(inquiry);
		assertThat(fixture.problem(ps.get(1)).state()).isEqualTo(ProblemState.ESCALATED);
		assertThat(audit.historyOf("InspectionProblem", String.valueOf(ps.get(0).value()))).extracting(AuditEntry::action)
			.contains("oversight.inspections.problem.escalated", "oversight.inspections.problem.escalationLinked");
		assertThat(audit.historyOf("Inquiry", String.valueOf(inquiry))).extracting(AuditEntry::action)
			.contains("oversight.inquiry.prepared", "oversight.inquiry.topicAdded");

		RequestPostProcessor staff = account(Role.STAFF, null);
		String inquiryPage = mvc.perform(get("/oversight/inquiries/" + inquiry).with(staff)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(inquiryPage).contains("询问测试问题甲").contains("/oversight/inspections/problems/" + ps.get(0).value())
			.contains("schedule-form");
		String problemPage = mvc.perform(get("/oversight/inspections/problems/" + ps.get(0).value()).with(staff))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(problemPage).contains("/oversight/inquiries/" + inquiry);
		mvc.perform(post("/oversight/inquiries/" + inquiry + "/schedule").with(staff).with(csrf()).param("on", "2024-10-29"))
			.andExpect(flash().attribute("successKey", "oversight.inquiry.saved"));
		assertThat(inquiries.get(new InquiryId(inquiry)).orElseThrow().heldOn()).isEqualTo(of(2024, 10, 29));
	}

	@Test
	void escalatingToAnInterpellationFilesItForTheOrganAndCollectsItsProblems() throws Exception {
		OrganizationId unit = fixture.unit();
		OrganizationId other = fixture.unit();
		List<ProblemId> ps = unfixed(unit, "质询测试问题甲", "质询测试问题乙");
		ProblemId foreign = unfixed(other, "他单位的问题").get(0);
		long interpellation = escalate.escalate(ps.get(0), 2, Escalation.QUESTIONING, null, of(2024, 9, 1));
		var filed = interpellations.get(new InterpellationId(interpellation)).orElseThrow();
		assertThat(filed.organId()).isEqualTo(unit.value());
		assertThat(filed.state()).isEqualTo(Interpellations.State.FILED);
		// Another organ's interpellation cannot take this problem; nothing of the attempt is kept.
		assertThatThrownBy(() -> escalate.escalate(foreign, 2, Escalation.QUESTIONING, interpellation, of(2024, 9, 2)))
			.hasFieldOrPropertyWithValue("messageKey", "inspections.error.escalationTarget");
		assertThat(fixture.problem(foreign).state()).isEqualTo(ProblemState.NOT_FIXED);

		RequestPostProcessor staff = account(Role.STAFF, null);
		mvc.perform(post("/oversight/inspections/problems/" + ps.get(1).value() + "/escalate").with(staff).with(csrf())
			.param("version", "2").param("to", "QUESTIONING").param("into", String.valueOf(interpellation)))
			.andExpect(flash().attribute("successKey", "inspections.escalated"));
		assertThat(interpellations.problems(new InterpellationId(interpellation))).extracting(Interpellations.ProblemRef::problemId)
			.containsExactly(ps.get(0).value(), ps.get(1).value());
		assertThat(inspections.escalationLinks(ps.get(1)).interpellationId()).isEqualTo(interpellation);

		mvc.perform(post("/oversight/interpellations/" + interpellation + "/close").with(staff).with(csrf())
			.param("version", "1").param("conclusion", "过早")).andExpect(flash().attribute("errorKey", "oversight.error.interpellationMove"));
		mvc.perform(post("/oversight/interpellations/" + interpellation + "/answer").with(staff).with(csrf())
			.param("version", "0").param("answer", "已制定整改方案，限期三个月整改到位。"))
			.andExpect(flash().attribute("successKey", "oversight.interpellation.saved"));
		mvc.perform(post("/oversight/interpellations/" + interpellation + "/close").with(staff).with(csrf())
			.param("version", "1").param("conclusion", "常委会对答复表示满意。"))
			.andExpect(flash().attribute("successKey", "oversight.interpellation.saved"));
		assertThat(interpellations.get(new InterpellationId(interpellation)).orElseThrow().state())
			.isEqualTo(Interpellations.State.CLOSED);
		assertThat(audit.historyOf("Interpellation", String.valueOf(interpellation))).extracting(AuditEntry::action)
			.contains("oversight.interpellation.filed", "oversight.interpellation.problemAdded",
					"oversight.interpellation.answered", "oversight.interpellation.closed");

		String own = mvc.perform(get("/oversight/interpellations/" + interpellation).with(account(Role.UNIT, unit.value())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(own).contains("质询测试问题甲").contains("常委会对答复表示满意。");
		assertThat(mvc.perform(get("/oversight/interpellations/" + interpellation).param("lang", "en").with(staff))
			.andReturn().getResponse().getContentAsString()).contains("Inspection problems concerned").contains("Closed");
		RequestPostProcessor otherUnit = account(Role.UNIT, other.value());
		mvc.perform(get("/oversight/interpellations/" + interpellation).with(otherUnit)).andExpect(status().isNotFound());
		assertThat(mvc.perform(get("/oversight/interpellations").with(otherUnit)).andReturn().getResponse()
			.getContentAsString()).doesNotContain("/oversight/interpellations/" + interpellation + "\"");
		mvc.perform(post("/oversight/interpellations/" + interpellation + "/answer").with(account(Role.UNIT, unit.value()))
			.with(csrf()).param("version", "2").param("answer", "越权")).andExpect(status().isForbidden());
	}
}
