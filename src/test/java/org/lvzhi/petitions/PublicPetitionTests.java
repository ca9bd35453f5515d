package org.lvzhi.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lvzhi.AnonymousClient;
import org.lvzhi.IntegrationTest;
import org.lvzhi.petitions.handling.Petition;
import org.lvzhi.petitions.handling.PetitionStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A petitioner without an account sends a petition through the guarded public form, gets a
 * tracking code, and later reads with it that petition's state and reply, and nobody's name.
 */
@IntegrationTest
class PublicPetitionTests {

	private static final String FORM = "/public/petitions/new";

	@Autowired
	MockMvc mvc;
	@Autowired
	ApplicationContext context;
	@Autowired
	PetitionStore store;

	private static String body(MvcResult r) throws Exception {
		return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void anOnlinePetitionGetsATrackingCodeThatShowsItsStateAndReplyOnly() throws Exception {
		AnonymousClient visitor = AnonymousClient.fresh(mvc);
		String name = PetitionFixture.uniqueName();
		MvcResult sent = mvc.perform(visitor.post(FORM, FORM).param("name", name).param("phone", "13700001111")
			.param("subject", "楼下烧烤摊深夜噪声扰民").param("matter", "每晚十二点后仍在营业，影响休息。").param("category", "生态环境")
			.param("area", "迎泽区")).andReturn();
		assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/public/petitions/done");
		String code = (String) sent.getFlashMap().get("trackingCode");
		assertThat(code).hasSize(10);
		Petition p = store.findByTrackingCode(code).orElseThrow();
		assertThat(p.kind()).isEqualTo(PetitionKind.ONLINE);

		PetitionFixture fixture = new PetitionFixture(context);
		LocalDate on = p.receivedOn();
		fixture.moves.route(p.id(), Route.SELF, null, null, null, on);
		fixture.moves.reply(p.id(), ReplyKind.SUPPORT, "已协调城管部门依法查处，烧烤摊已规范经营时间。", on);

		String page = body(mvc.perform(get("/public/petitions/track").param("code", code.toLowerCase())).andReturn());
		assertThat(page).contains("楼下烧烤摊深夜噪声扰民").contains("已协调城管部门依法查处").doesNotContain(name)
			.doesNotContain("13700001111");
	}

	@Test
	void anUnknownCodeSaysSoAndShowsNothing() throws Exception {
		String page = body(mvc.perform(get("/public/petitions/track").param("code", "NOSUCHCODE")).andReturn());
		assertThat(page).contains("id=\"not-found\"").doesNotContain("id=\"state\"");
	}

	@Test
	void anEmptyMatterOrAWrongPhoneIsRefusedWithWhatWasTypedKeptAndNothingWritten() throws Exception {
		long before = store.count();
		AnonymousClient visitor = AnonymousClient.fresh(mvc);
		String empty = body(mvc.perform(visitor.post(FORM, FORM).param("name", "测试人").param("phone", "13700001111")
			.param("subject", "一个保留的事由").param("matter", " ").param("category", "生态环境")).andReturn());
		assertThat(empty).contains("请填写信访事项内容").contains("一个保留的事由");
		String phone = body(mvc.perform(visitor.post(FORM, FORM).param("name", "测试人").param("phone", "12345")
			.param("subject", "另一个事由").param("matter", "内容").param("category", "生态环境")).andReturn());
		assertThat(phone).contains("电话格式不正确").contains("另一个事由");
		assertThat(store.count()).isEqualTo(before);
	}

	@Test
	void theSameFormSentTwiceRegistersOnePetition() throws Exception {
		AnonymousClient visitor = AnonymousClient.fresh(mvc);
		var guard = visitor.guardOf(FORM);
		long before = store.count();
		for (int i = 0; i < 2; i++) {
			mvc.perform(visitor.prepared(FORM, guard).param("name", "测试人").param("phone", "13700002222")
				.param("subject", "重复提交").param("matter", "同一表单提交两次").param("category", "其他")).andReturn();
		}
		assertThat(store.count()).isEqualTo(before + 1);
	}

	static String code(String html) {
		Matcher m = Pattern.compile("id=\"tracking-code\">([A-Z0-9]+)<").matcher(html);
		return m.find() ? m.group(1) : null;
	}
}
