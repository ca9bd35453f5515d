package org.lvzhi.meetings.sittings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.meetings.AgendaItemId;
import org.lvzhi.meetings.MeetingsException;
import org.lvzhi.meetings.SittingId;
import org.lvzhi.meetings.SittingKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** A sitting's communiqué (公告) and adopted texts: written once held, numbered in the term, public once published, fixed then. */
@IntegrationTest
class CommuniquesTests {

	@Autowired
	ApplicationContext context;
	@Autowired
	Communiques communiques;
	@Autowired
	SittingService sittings;
	@Autowired
	AgendaService agenda;
	@Autowired
	SittingReads reads;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService users;

	@Test
	void aCommuniqueIsWrittenOnceTheSittingIsHeldNumberedInTheTermAndFixedOncePublished() {
		SittingFixture f = new SittingFixture(context);
		SittingId planned = f.planned(SittingKind.STANDING_COMMITTEE, LocalDate.of(2027, 6, 1));
		assertThatThrownBy(() -> communiques.save(planned, null, null, "公告")).isInstanceOf(MeetingsException.class)
			.hasMessage("meetings.error.notHeld");
		SittingId council = f.planned(SittingKind.CHAIRPERSONS, LocalDate.of(2027, 6, 2));
		sittings.open(council, null);
		assertThatThrownBy(() -> communiques.save(council, null, null, "公告")).hasMessage("meetings.error.communiqueKind");

		SittingId id = f.held(3);
		int term = reads.get(id).orElseThrow().term();
		assertThatThrownBy(() -> communiques.save(id, null, null, "  ")).hasMessage("meetings.error.communiqueText");
		communiques.save(id, null, null, "第一稿");
		Communiques.Communique first = communiques.of(id).orElseThrow();
		assertThat(first.number()).isEqualTo(1);
		assertThat(first.published()).isFalse();
		communiques.save(id, first.version(), null, "第二稿");
		assertThatThrownBy(() -> communiques.save(id, first.version(), null, "过期的稿"))
			.isInstanceOf(OptimisticLockingFailureException.class);

		SittingId second = sittings.plan(SittingKind.STANDING_COMMITTEE, term, null, SittingFixture.DAY.plusDays(60), null);
		sittings.notifyMembers(second, null);
		sittings.open(second, null);
		assertThatThrownBy(() -> communiques.save(second, null, 1, "重号")).hasMessage("meetings.error.communiqueNumberTaken");
		communiques.save(second, null, null, "另一次会议的公告");
		assertThat(communiques.of(second).orElseThrow().number()).isEqualTo(2);

		assertThat(communiques.published(id)).isEmpty();
		communiques.publish(id, communiques.of(id).orElseThrow().version());
		assertThat(communiques.published(id).orElseThrow().body()).isEqualTo("第二稿");
		assertThatThrownBy(() -> communiques.save(id, null, null, "改")).hasMessage("meetings.error.communiquePublished");
		assertThatThrownBy(() -> communiques.publish(id, null)).hasMessage("meetings.error.communiquePublished");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action LIKE 'meetings.communique.%' AND subject_id = ?")
			.param(String.valueOf(id.value())).query(Integer.class).single()).isEqualTo(3);
	}

	@Test
	void adoptedResolutionsGetTheirTextWhichThePublicReadsWithThePublishedCommunique() throws Exception {
		SittingFixture f = new SittingFixture(context);
		SittingId id = f.held(3);
		AgendaItemId resolution = f.item(id, "关于某事项的决议");
		long other = agenda.addFree(id, "OTHER", "其他事项");
		assertThatThrownBy(() -> communiques.attachText(resolution.value(), null, "正文"))
			.hasMessage("meetings.error.adoptedTextItem");
		agenda.decide(resolution.value(), null, "ADOPTED");
		agenda.decide(other, null, "ADOPTED");
		assertThatThrownBy(() -> communiques.attachText(other, null, "正文")).hasMessage("meetings.error.adoptedTextItem");
		communiques.attachText(resolution.value(), null, "决议正文：同意。");
		assertThat(communiques.adopted(id)).singleElement().satisfies(t -> assertThat(t.body()).isEqualTo("决议正文：同意。"));

		String page = "/public/meetings/" + id.value();
		var office = user(users.loadUserByUsername("bangongting"));
		mvc.perform(post("/meetings/" + id.value() + "/communique").with(office).with(csrf()).param("text", "会议公告正文（测试）"))
			.andExpect(status().is3xxRedirection());
		assertThat(mvc.perform(get(page)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.doesNotContain("会议公告正文（测试）").doesNotContain("决议正文：同意。");
		assertThat(mvc.perform(get("/meetings/" + id.value()).with(office)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString()).contains("communique-publish").contains("会议公告正文（测试）");
		assertThat(mvc.perform(get("/meetings/" + id.value()).with(user(users.loadUserByUsername("weimin"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).doesNotContain("会议公告正文（测试）");
		mvc.perform(post("/meetings/" + id.value() + "/communique/publish").with(user(users.loadUserByUsername("weimin")))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/meetings/" + id.value() + "/communique/publish").with(office).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(mvc.perform(get(page)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.contains("会议公告正文（测试）").contains("决议正文：同意。");
		assertThat(mvc.perform(get("/public/meetings/communiques")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString()).contains("会议公告正文（测试）");
		assertThatThrownBy(() -> communiques.attachText(resolution.value(), null, "改"))
			.hasMessage("meetings.error.adoptedTextPublished");
	}
}
