package org.lvzhi.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.audit.AuditLog;
import org.lvzhi.liaison.Opinion;
import org.lvzhi.liaison.OpinionId;
import org.lvzhi.liaison.OpinionSource;
import org.lvzhi.liaison.Opinions;
import org.lvzhi.liaison.followup.PetitionFollowUps;
import org.lvzhi.petitions.handling.LiaisonFollowUp;
import org.lvzhi.petitions.handling.Petition;
import org.lvzhi.platform.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The petitions office hands a matter to a liaison station: the station gets an opinion with the
 * matter and none of the petitioner's data, linked back to the petition (a link only for who may
 * open petitions), and the petition page links to the station's record.
 */
@IntegrationTest
class PetitionLiaisonFollowUpTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	ApplicationContext context;
	@Autowired
	UserDetailsService users;
	@Autowired
	LiaisonFollowUp followUp;
	@Autowired
	PetitionFollowUps liaisonSide;
	@Autowired
	Opinions opinions;
	@Autowired
	AuditLog audit;

	private RequestPostProcessor as(String name) {
		return user(users.loadUserByUsername(name));
	}

	private static String body(MvcResult r) throws Exception {
		return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void theStationFollowsUpTheMatterWithoutThePetitionerAndBothPagesLinkToEachOther() throws Exception {
		PetitionFixture fixture = new PetitionFixture(context);
		String name = PetitionFixture.uniqueName();
		String phone = "13566668888";
		Petition p = fixture.moves.registered(new NewPetition(PetitionKind.LETTER, LocalDate.of(2025, 5, 6), 1, name, null,
				phone, "太原市小店区坞城路9号", null, "小区健身器材损坏", "我是" + name + "，电话" + phone
						+ "。小区里的健身器材坏了半年，老人孩子容易受伤，希望代表帮忙协调更换。", "城乡建设", "小店区", null));
		String station = followUp.stations().get(0).value();

		MvcResult handed = mvc.perform(post("/petitions/" + p.id() + "/liaison").param("station", station)
			.with(as("xinfang")).with(csrf())).andReturn();
		assertThat(handed.getResponse().getRedirectedUrl()).isEqualTo("/petitions/" + p.id());
		assertThat(audit.historyOf("Petition", p.id().toString()))
			.anySatisfy(e -> assertThat(e.action()).isEqualTo("petitions.handedToLiaison"));

		OpinionId opinionId = Awaitility.await().atMost(Duration.ofSeconds(20))
			.until(() -> liaisonSide.opinionOf(p.id()), Optional::isPresent).orElseThrow();
		Opinion o = opinions.get(opinionId).orElseThrow();
		assertThat(o.source()).isEqualTo(OpinionSource.PETITION);
		assertThat(o.subject()).isEqualTo("小区健身器材损坏");
		assertThat(o.body()).contains("健身器材坏了半年").contains(p.number()).doesNotContain(name).doesNotContain(phone)
			.doesNotContain("坞城路9号");
		assertThat(o.constituentName()).isNull();
		assertThat(o.constituentPhone()).isNull();
		assertThat(o.category()).isEqualTo("城市建设");

		String petitionPage = body(mvc.perform(get("/petitions/" + p.id()).with(as("xinfang"))).andReturn());
		assertThat(petitionPage).contains("id=\"liaison-link\"").contains("/liaison/opinions/from-petition/" + p.id())
			.doesNotContain("id=\"liaison-form\"");

		// The petitions office reads how the follow-up stands; the deputies' office is led to the opinion.
		MvcResult status = mvc.perform(get("/liaison/opinions/from-petition/" + p.id()).with(as("xinfang"))).andReturn();
		assertThat(status.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(status)).contains(station).contains("href=\"/petitions/" + p.id() + "\"");
		MvcResult office = mvc.perform(get("/liaison/opinions/from-petition/" + p.id()).with(as("daibiao-gw"))).andReturn();
		assertThat(office.getResponse().getRedirectedUrl()).isEqualTo("/liaison/opinions/" + opinionId.value());
		String opinionPage = body(mvc.perform(get("/liaison/opinions/" + opinionId.value()).with(as("daibiao-gw"))).andReturn());
		assertThat(opinionPage).contains("id=\"from-petition\"").contains(p.number())
			.doesNotContain("href=\"/petitions/" + p.id() + "\"").doesNotContain(name).doesNotContain(phone);
		for (String other : new String[] { "bangongting", "zhujianju", "gongzhong" }) {
			assertThat(mvc.perform(get("/liaison/opinions/from-petition/" + p.id()).with(as(other))).andReturn()
				.getResponse().getStatus()).as(other).isEqualTo(403);
		}
		assertThat(mvc.perform(post("/petitions/" + p.id() + "/liaison").param("station", station).with(as("daibiao-gw"))
			.with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(403);

		assertThatThrownBy(() -> followUp.hand(p.id(), station, LocalDate.of(2025, 5, 8))).isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).messageKey()).isEqualTo("petitions.error.alreadyHanded");
	}

	@Test
	void aStationNobodyKnowsIsRefusedAndNothingIsHandedOver() throws Exception {
		Petition p = new PetitionFixture(context).registered(LocalDate.of(2025, 5, 7));
		String page = body(mvc.perform(post("/petitions/" + p.id() + "/liaison").param("station", "不存在的联络站")
			.with(as("xinfang")).with(csrf())).andReturn());
		assertThat(followUp.of(p.id())).isEmpty();
		assertThat(liaisonSide.opinionOf(p.id())).isEmpty();
		assertThat(page).isNotNull();
	}
}
