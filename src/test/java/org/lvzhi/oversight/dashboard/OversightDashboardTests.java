package org.lvzhi.oversight.dashboard;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.directory.Classification;
import org.lvzhi.directory.CreateOrganization;
import org.lvzhi.directory.DeputyLevel;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.MembershipView;
import org.lvzhi.directory.OrganizationQuery;
import org.lvzhi.directory.OrganizationView;
import org.lvzhi.directory.PersonId;
import org.lvzhi.directory.OrganizationDetails;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.oversight.OversightException;
import org.lvzhi.oversight.Satisfaction;
import org.lvzhi.oversight.WorkReportId;
import org.lvzhi.oversight.WorkReportWorkflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The office's dashboard counts open opinions, overdue steps and vote results from the records; units stay out. */
@IntegrationTest
class OversightDashboardTests {

	private static final LocalDate SITTING = LocalDate.of(2024, 6, 25);

	@Autowired
	WorkReportWorkflow reports;
	@Autowired
	CreateOrganization organizations;
	@Autowired
	MockMvc mvc;
	@Autowired
	Directory directory;

	private OrganizationId organ() {
		return organizations.create(new OrganizationDetails("测试看板局" + System.nanoTime(), Classification.GOVERNMENT_DEPARTMENT,
				null, null, null, null, null, null));
	}

	@Test
	void theOfficeSeesItsOpenOpinionsOverdueStepsAndVotesAndAUnitCannotOpenIt() throws Exception {
		OrganizationId owing = organ();
		String title = "关于测试看板工作情况的报告" + System.nanoTime();
		WorkReportId sent = reports.plan(2024, title, owing, null, LocalDate.of(2024, 1, 10));
		reports.schedule(sent, SITTING);
		reports.deliberate(sent, "一、加强督促检查。", SITTING);
		reports.sendOpinions(sent, SITTING.plusDays(5));
		// A year no other record uses, so its vote row is this test's alone.
		WorkReportId voted = reports.plan(2011, "关于测试看板测评的报告", organ(), null, LocalDate.of(2011, 1, 10));
		reports.schedule(voted, SITTING);
		reports.deliberate(voted, "一、完善制度。", SITTING);
		reports.openVote(voted, SITTING);
		// The vote closes only with a quorum of ballots: every member of the standing committee casts 不满意.
		OrganizationView committee = directory
			.findOrganizations(new OrganizationQuery(null, Classification.STANDING_COMMITTEE, DeputyLevel.MUNICIPAL, null), 1, 50)
			.items().get(0);
		for (PersonId p : directory.membersOf(committee.id()).stream().map(MembershipView::personId).distinct().toList()) {
			try {
				reports.vote(voted, p, Satisfaction.DISSATISFIED);
			}
			catch (OversightException notAVotingMember) {
				// A member of the committee's staff, not of the standing committee itself.
			}
		}
		reports.closeVote(voted, SITTING);
		mvc.perform(get("/oversight/dashboard").with(user("t-dash-staff").roles("STAFF")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"organ-total-" + owing.value() + "\">1<")))
			.andExpect(content().string(Matchers.containsString(title)))
			.andExpect(content().string(Matchers.containsString(
					"id=\"vote-2011\"><td>2011</td><td>0</td><td>0</td><td>1</td>")));
		mvc.perform(get("/oversight/dashboard").with(user("t-dash-unit").roles("UNIT"))).andExpect(status().isForbidden());
	}
}
