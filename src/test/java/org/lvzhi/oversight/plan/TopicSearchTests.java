package org.lvzhi.oversight.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.oversight.OversightSearch;
import org.lvzhi.oversight.PlanItemKind;
import org.lvzhi.search.SearchDocument;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Oversight topics and plan items in the search index: what the public reads of them and when, the
 * same document from the events and from a rebuild, and the similar topics the office is shown
 * while it types a new one.
 */
@IntegrationTest
@RecordApplicationEvents
class TopicSearchTests {

	/** A plan year no other test plans. */
	private static final int YEAR = 2063;
	private static final LocalDate ON = LocalDate.of(YEAR - 1, 10, 12);

	@Autowired
	ApplicationContext context;
	@Autowired
	TopicIndex index;
	@Autowired
	TopicCall call;
	@Autowired
	Topics topics;
	@Autowired
	SupervisionPlanService plan;
	@Autowired
	ApplicationEvents events;
	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService users;

	@Test
	void aCitizensProposalIsPublicOnceAnsweredAndNeverCarriesTheReasons() throws Exception {
		long topic = call.propose(YEAR, "关于加强城市古树名木保护的建议", "我家楼下的古槐被施工损伤，联系电话13800000000。",
				"测试市民", ON).number();
		String id = TopicIndex.TOPIC + topic;
		SearchDocument received = OversightSearch.published(events, TopicIndex.TYPE, id);
		assertThat(OversightSearch.rebuilt(index, id)).isEqualTo(received);
		assertThat(received.body()).doesNotContain("13800000000", "古槐");
		assertThat(received.readers()).containsExactly(SearchDocument.STAFF);
		assertThat(received.facets()).containsEntry(SearchDocument.YEAR, Set.of(String.valueOf(YEAR)))
			.containsEntry(SearchDocument.STATE, Set.of("RECEIVED")).containsEntry(TopicIndex.SOURCE, Set.of("PUBLIC"));
		OversightSearch search = new OversightSearch(context);
		assertThat(search.found(TopicIndex.TYPE, "古树名木保护", OversightSearch.visitor())).doesNotContain(id);
		assertThat(search.found(TopicIndex.TYPE, "古树名木保护", search.keysOf("bangongting"))).contains(id);
		assertThat(index.link(id)).isEqualTo("/oversight/topics?year=" + YEAR + "#" + id);
		assertThat(index.publicLink(id)).isNull();

		call.decline(topic, 0, "古树名木保护已列入本年度执法检查，不再另列议题。", ON.plusDays(30));
		SearchDocument answered = OversightSearch.published(events, TopicIndex.TYPE, id);
		assertThat(OversightSearch.rebuilt(index, id)).isEqualTo(answered);
		assertThat(answered.readers()).containsExactly(SearchDocument.STAFF, SearchDocument.PUBLIC);
		assertThat(answered.body()).isEqualTo("古树名木保护已列入本年度执法检查，不再另列议题。");
		assertThat(search.found(TopicIndex.TYPE, "古树名木保护", OversightSearch.visitor())).contains(id);
		String link = index.publicLink(id);
		assertThat(link).isEqualTo("/public/oversight-topics?year=" + YEAR + "#answer-" + topic);
		mvc.perform(get("/public/oversight-topics").param("year", String.valueOf(YEAR))).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"answer-" + topic + "\"")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("测试市民"))));
	}

	@Test
	void anItemIsPublicOnceThePlanIsPublishedAndATopicStandsForTheItemItWasAcceptedAs() {
		int year = YEAR + 1;
		plan.draft(year, null);
		long petition = call.fromPetition(year, "关于农村饮用水安全保障情况的监督", "多件信访反映部分村庄自来水浑浊、供水时断时续。",
				"测试信访" + System.nanoTime(), ON);
		String petitionId = TopicIndex.TOPIC + petition;
		SearchDocument office = OversightSearch.published(events, TopicIndex.TYPE, petitionId);
		// The office's own reasons are indexed while the topic stays inside.
		assertThat(office.body()).contains("自来水浑浊");
		assertThat(OversightSearch.rebuilt(index, petitionId)).isEqualTo(office);

		long item = plan.addItem(year, PlanItemKind.RESEARCH, "关于全市养老服务设施建设情况的调研", null, "社会建设委员会",
				5, "重点是社区嵌入式养老");
		String itemId = TopicIndex.ITEM + item;
		SearchDocument drafted = OversightSearch.published(events, TopicIndex.TYPE, itemId);
		assertThat(OversightSearch.rebuilt(index, itemId)).isEqualTo(drafted);
		assertThat(drafted.readers()).containsExactly(SearchDocument.STAFF, SearchDocument.MEMBERS);
		assertThat(drafted.body()).contains("社区嵌入式养老", "社会建设委员会");
		assertThat(index.link(itemId)).isEqualTo("/oversight/plan?year=" + year + "#" + itemId);
		assertThat(index.publicLink(itemId)).isNull();

		// Accepted into the plan, the topic carries its item: one document, public as the portal shows it.
		call.accept(petition, 0, PlanItemKind.INSPECTION, null, null, null, ON.plusDays(20));
		long accepted = topics.get(petition).orElseThrow().planItemId();
		assertThat(OversightSearch.rebuilt(index, TopicIndex.ITEM + accepted)).isNull();
		SearchDocument adopted = OversightSearch.published(events, TopicIndex.TYPE, petitionId);
		assertThat(OversightSearch.rebuilt(index, petitionId)).isEqualTo(adopted);
		assertThat(adopted.readers()).contains(SearchDocument.PUBLIC);
		assertThat(adopted.body()).isEmpty();
		assertThat(index.publicLink(petitionId)).isEqualTo("/public/oversight-topics?year=" + year + "#" + petitionId);

		plan.adopt(year, ON.plusDays(40), "主任会议第十次会议通过");
		plan.publish(year, ON.plusDays(45));
		SearchDocument published = OversightSearch.published(events, TopicIndex.TYPE, itemId);
		assertThat(OversightSearch.rebuilt(index, itemId)).isEqualTo(published);
		assertThat(published.readers()).containsExactly(SearchDocument.STAFF, SearchDocument.MEMBERS,
				SearchDocument.PUBLIC);
		assertThat(index.publicLink(itemId)).isEqualTo("/public/oversight-plan/" + year + "#" + itemId);
		OversightSearch search = new OversightSearch(context);
		assertThat(search.found(TopicIndex.TYPE, "养老服务设施", OversightSearch.visitor())).contains(itemId);
	}

	@Test
	void theOfficeIsShownTheSimilarTopicWhileItTypesANewOne() throws Exception {
		long topic = call.fromPetition(YEAR + 2, "关于城市内涝防治和排水管网改造情况的监督", "汛期多处道路积水，群众反映强烈。",
				"测试信访" + System.nanoTime(), ON);
		String id = TopicIndex.TOPIC + topic;
		var office = user(users.loadUserByUsername("bangongting"));
		mvc.perform(get("/search/similar").param("type", TopicIndex.TYPE)
			.param("text", "城市内涝防治情况\n汛期道路积水严重，排水管网需要改造").with(office))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("data-id=\"" + id + "\"")))
			.andExpect(content().string(Matchers.containsString("关于城市内涝防治和排水管网改造情况的监督")));
		mvc.perform(get("/search/similar").param("type", TopicIndex.TYPE)
			.param("text", "城市内涝防治情况\n汛期道路积水严重，排水管网需要改造").param("exclude", id).with(office))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString("data-id=\"" + id + "\""))));
		// The topics page wires the fragment to the petition form's title and reasons.
		mvc.perform(get("/oversight/topics").param("year", String.valueOf(YEAR + 2)).with(office))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("data-similar-text=\"#petition-title, #petition-reason\"")));
	}
}
