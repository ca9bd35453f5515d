package org.lvzhi.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lvzhi.AnonymousClient;
import org.lvzhi.IntegrationTest;
import org.lvzhi.participation.questionnaires.QuestionnaireDesk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import jakarta.servlet.http.Cookie;

/**
 * The public's one door: what is open now from every module, one form that follows any module's
 * tracking or receipt code to that submission alone (showing nothing of its sender), and a
 * signed-in member of the public's own submissions in one list.
 */
@IntegrationTest
class PublicDoorTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	QuestionnaireDesk desk;
	@Autowired
	UserDetailsService users;

	@Test
	void theDoorShowsWhatIsOpenNowAndFollowsEachModulesCodes() throws Exception {
		QuestionnaireId id = desk.create("门户测试问卷 " + System.nanoTime(), null, null, Audience.LINK);
		long q = desk.addQuestion(id, QuestionSpec.of(QuestionKind.SINGLE, "是否", true, List.of("是", "否")));
		LocalDateTime now = LocalDateTime.now();
		desk.publish(id, now.minusHours(1), now.plusDays(10));
		String portal = page(get("/public"));
		assertThat(portal).contains("门户测试问卷").contains("/public/questionnaires/" + id.value())
			.contains("/public/oversight-topics");

		String receipt = desk.answer(id, java.util.Map.of("q" + q, List.of("是")), "door-device-" + System.nanoTime(), "zh",
				now);
		assertThat(page(get("/public/follow").param("code", receipt))).contains("门户测试问卷").contains("已计入统计");

		// A petition sent online: its subject and state, never the petitioner's name or phone.
		AnonymousClient visitor = AnonymousClient.fresh(mvc);
		MvcResult sent = mvc.perform(visitor.post("/public/petitions/new", "/public/petitions/new").param("name", "门户甲")
			.param("phone", "13911112222").param("subject", "小区门口路灯损坏").param("matter", "晚上出行不便，请尽快修复。")
			.param("category", "城乡建设").param("area", "迎泽区")).andReturn();
		String petition = (String) sent.getFlashMap().get("trackingCode");
		assertThat(petition).isNotBlank();
		assertThat(page(get("/public/follow").param("code", petition.toLowerCase()))).contains("小区门口路灯损坏")
			.contains("信访事项").doesNotContain("门户甲").doesNotContain("13911112222");

		// A topic proposed for next year's oversight plan gets a code the door knows.
		MvcResult proposed = mvc.perform(AnonymousClient.fresh(mvc)
			.post("/public/oversight-topics", "/public/oversight-topics").param("title", "关于社区养老服务设施建设的议题")
			.param("reason", "养老服务设施不足。").param("proposer", "门户乙")).andReturn();
		String topic = (String) proposed.getFlashMap().get("trackingCode");
		assertThat(page(get("/public/follow").param("code", topic))).contains("关于社区养老服务设施建设的议题")
			.contains("待研究").doesNotContain("门户乙");

		assertThat(page(get("/public/follow").param("code", "NOSUCHCODE1"))).contains("id=\"not-found\"");
	}

	@Test
	void aSignedInMemberOfThePublicSeesHerOwnSubmissionsInOneList() throws Exception {
		QuestionnaireId id = desk.create("我的问卷 " + System.nanoTime(), null, null, Audience.SIGNED_IN);
		long q = desk.addQuestion(id, QuestionSpec.of(QuestionKind.SINGLE, "满意吗", true, List.of("满意", "不满意")));
		LocalDateTime now = LocalDateTime.now();
		desk.publish(id, now.minusHours(1), now.plusDays(10));
		var me = user(users.loadUserByUsername("gongzhong"));
		String form = "/public/questionnaires/" + id.value();
		AnonymousClient phone = AnonymousClient.fresh(mvc);
		MvcResult sent = mvc.perform(phone.post(form, form).with(me).cookie(new Cookie("lvzhi_device", "x"))
			.param("q" + q, "满意")).andReturn();
		String receipt = (String) sent.getFlashMap().get("receiptCode");
		assertThat(receipt).isNotBlank();
		assertThat(page(get("/public/mine").with(me))).contains("我的问卷").contains(receipt);
		assertThat(page(get("/public/mine").with(user(users.loadUserByUsername("daibiao"))))).doesNotContain(receipt);
		assertThat(mvc.perform(get("/public/mine")).andReturn().getResponse().getStatus()).isIn(302, 401, 403);
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
