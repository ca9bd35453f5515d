package org.lvzhi.oversight.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.lvzhi.AnonymousClient;
import org.lvzhi.IntegrationTest;
import org.lvzhi.directory.Classification;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.OrganizationQuery;
import org.lvzhi.oversight.OversightException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The public proposes oversight topics; the office adopts one into the plan as a work report. */
@IntegrationTest
class TopicCallTests {

	@Autowired
	TopicCall call;
	@Autowired
	Topics topics;
	@Autowired
	Directory directory;
	@Autowired
	SupervisionPlans plans;
	@Autowired
	MockMvc mvc;

	@Test
	void anAdoptedTopicBecomesAPlannedWorkReport() {
		long id = call.propose(2031, "关于城市停车设施建设情况的议题", "停车难问题突出。", "测试市民", LocalDate.of(2030, 11, 1)).number();
		var organ = directory.findOrganizations(new OrganizationQuery(null, Classification.GOVERNMENT_DEPARTMENT, null, null), 1, 1)
			.items().get(0).id();
		call.adopt(id, 0, organ, null, LocalDate.of(2030, 12, 1));
		var topic = topics.of(2031).stream().filter(t -> t.id() == id).findFirst().orElseThrow();
		assertThat(topic.state()).isEqualTo(Topics.State.ADOPTED);
		assertThat(topic.reportId()).isNotNull();
		// The topic became an item of the 2031 draft plan, carried out by the planned report.
		assertThat(plans.itemFor(org.lvzhi.oversight.PlanItemKind.WORK_REPORT, topic.reportId())).get()
			.satisfies(ref -> assertThat(ref.itemId()).isEqualTo(topic.planItemId()));
		assertThatThrownBy(() -> call.decline(id, 1, "答复", LocalDate.of(2030, 12, 2))).isInstanceOf(OversightException.class)
			.hasMessage("oversight.error.topicDecided");
	}

	@Test
	void anIncompleteProposalIsRefusedWithWhatWasTypedKept() throws Exception {
		mvc.perform(AnonymousClient.fresh(mvc).post("/public/oversight-topics", "/public/oversight-topics")
			.param("title", "测试议题").param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("测试议题")))
			// Said once, by the layout's alert; the page does not repeat it.
			.andExpect(result -> org.assertj.core.api.Assertions
				.assertThat(result.getResponse().getContentAsString().split("请填写议题、建议理由和建议人", -1)).hasSize(2));
	}
}
