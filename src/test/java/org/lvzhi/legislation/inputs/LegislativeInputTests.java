package org.lvzhi.legislation.inputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.legislation.AddDraftVersion;
import org.lvzhi.legislation.CommentSource;
import org.lvzhi.legislation.CreateProject;
import org.lvzhi.legislation.DraftId;
import org.lvzhi.legislation.LegislationFixture;
import org.lvzhi.legislation.OpenForComment;
import org.lvzhi.legislation.ProjectId;
import org.lvzhi.legislation.process.ProcessStore;
import org.lvzhi.liaison.Opinion;
import org.lvzhi.liaison.OpinionId;
import org.lvzhi.liaison.OpinionState;
import org.lvzhi.liaison.Opinions;
import org.lvzhi.platform.China;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class LegislativeInputTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	ApplicationContext context;
	@Autowired
	InputStore store;
	@Autowired
	Opinions opinions;
	@Autowired
	JdbcClient jdbc;

	LegislativeInputFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = new LegislativeInputFixture(context);
	}

	static RequestPostProcessor commission() {
		return user("input-staff").authorities(new SimpleGrantedAuthority("ROLE_STAFF"),
				new SimpleGrantedAuthority("OFFICE_LEGISLATIVE_AFFAIRS"));
	}

	static RequestPostProcessor otherOffice() {
		return user("input-other").authorities(new SimpleGrantedAuthority("ROLE_STAFF"),
				new SimpleGrantedAuthority("OFFICE_DEPUTY_AFFAIRS"));
	}

	/** The listener runs after the station's transaction, on another thread: wait for the inbox. */
	private LegislativeInput inputOf(OpinionId opinion) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> store.latestOf(opinion.value()), Optional::isPresent)
			.orElseThrow();
	}

	@Test
	void anAnswerGoesBackToTheStationAndTheOpinionIsAnswered() throws Exception {
		OpinionId opinion = fixture.sentOpinion("物业服务收费公示");
		LegislativeInput input = inputOf(opinion);

		mvc.perform(post("/legislation/inputs/" + input.id() + "/answer").with(commission()).with(csrf())
			.param("version", String.valueOf(input.version()))
			.param("answer", "已转条例起草组研究"))
			.andExpect(status().is3xxRedirection());

		Opinion answered = opinions.get(opinion).orElseThrow();
		assertThat(answered.state()).isEqualTo(OpinionState.ANSWERED);
		assertThat(answered.answer()).isEqualTo("已转条例起草组研究");
		assertThat(store.find(input.id()).orElseThrow().state()).isEqualTo(InputState.ANSWERED);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'legislation.input.answered' AND subject_id = ?")
			.param(String.valueOf(input.id()))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void takenUpForAProjectOpenForCommentItBecomesACommentFromALiaisonStation() throws Exception {
		ProjectId project = context.getBean(CreateProject.class).create("太原市物业管理条例（联络站意见）", null);
		DraftId draft = context.getBean(AddDraftVersion.class).add(project, 1, LegislationFixture.FIRST, null, null);
		LocalDate today = LocalDate.now(China.ZONE);
		context.getBean(OpenForComment.class).open(draft, today.minusDays(10), today.plusDays(20), null);
		OpinionId opinion = fixture.sentOpinion("物业专项维修资金");
		LegislativeInput input = inputOf(opinion);

		mvc.perform(post("/legislation/inputs/" + input.id() + "/take").with(commission()).with(csrf())
			.param("version", String.valueOf(input.version()))
			.param("project", String.valueOf(project.value())))
			.andExpect(status().is3xxRedirection());

		LegislativeInput taken = store.find(input.id()).orElseThrow();
		assertThat(taken.state()).isEqualTo(InputState.TAKEN);
		assertThat(taken.commentId()).isNotNull();
		assertThat(context.getBean(ProcessStore.class).comments(draft))
			.anySatisfy(c -> {
				assertThat(c.source()).isEqualTo(CommentSource.LIAISON_STATION);
				assertThat(c.body()).contains("物业专项维修资金").doesNotContain(LegislativeInputFixture.CONSTITUENT);
			});
		Opinion answered = opinions.get(opinion).orElseThrow();
		assertThat(answered.state()).isEqualTo(OpinionState.ANSWERED);
		assertThat(answered.answer()).contains("太原市物业管理条例（联络站意见）");
	}

	@Test
	void theInboxIsTheCommissionsAndShowsNoConstituentsData() throws Exception {
		OpinionId opinion = fixture.sentOpinion("老旧小区加装电梯");
		LegislativeInput input = inputOf(opinion);

		String page = mvc.perform(get("/legislation/inputs/" + input.id()).with(commission()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("老旧小区加装电梯")
			.doesNotContain(LegislativeInputFixture.CONSTITUENT)
			.doesNotContain(LegislativeInputFixture.PHONE);
		mvc.perform(get("/legislation/inputs").param("state", "NEW").with(commission())).andExpect(status().isOk());
		mvc.perform(get("/legislation/inputs").with(otherOffice())).andExpect(status().isForbidden());
		mvc.perform(post("/legislation/inputs/" + input.id() + "/answer").with(otherOffice()).with(csrf())
			.param("version", String.valueOf(input.version()))
			.param("answer", "x"))
			.andExpect(status().isForbidden());
	}
}
