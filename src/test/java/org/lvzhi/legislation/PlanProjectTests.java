package org.lvzhi.legislation;

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
import org.lvzhi.legislation.plan.PlanItem;
import org.lvzhi.legislation.plan.PlanStore;
import org.lvzhi.legislation.process.ProcessStore;
import org.lvzhi.legislation.process.ProjectProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Plan items and their legislative projects. */
@IntegrationTest
class PlanProjectTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	PlanLegislation plan;
	@Autowired
	PlanStore store;
	@Autowired
	CreateProject createProject;
	@Autowired
	MoveProject moveProject;
	@Autowired
	ProcessStore process;
	@Autowired
	JdbcClient jdbc;

	long item(int year, String title, ProjectKind kind) {
		plan.addItem(year, title, kind, PlanSubject.URBAN, "市人民政府", "市园林局", "城乡建设环境保护委员会", "年内提请审议");
		return plan.itemId(year, title).orElseThrow();
	}

	@Test
	void aProjectOpenedFromAPlanItemTakesItsTitleAndKindAndBothShowEachOther() throws Exception {
		long id = item(2051, "太原市测试立法计划项目（立项）", ProjectKind.AMEND);
		ProjectId project = plan.openProject(id, null);
		ProjectProcess opened = process.process(project).orElseThrow();
		assertThat(opened.title()).isEqualTo("太原市测试立法计划项目（立项）");
		assertThat(opened.kind()).isEqualTo(ProjectKind.AMEND);
		assertThat(store.item(id).orElseThrow().project()).isEqualTo(project);
		assertThatThrownBy(() -> plan.openProject(id, null)).hasMessageContaining("process.plan.alreadyLinked");
		moveProject.move(project, moveProject.currentVersion(project), ProjectStatus.FIRST_READING,
				LocalDate.of(2051, 3, 1), null, null);
		assertThat(store.item(id).orElseThrow().projectStatus()).isEqualTo(ProjectStatus.FIRST_READING);
		long audited = jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'legislation.plan.itemLinked' AND subject_id = ?")
			.param(Long.toString(id)).query(Long.class).single();
		assertThat(audited).isEqualTo(1);

		for (String lang : new String[] { "zh_CN", "en" }) {
			String page = mvc.perform(get("/legislation/plan").param("year", "2051").param("lang", lang)
					.with(user("s").roles("STAFF")))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			assertThat(page).contains("/legislation/projects/" + project)
				.contains(lang.equals("en") ? "First reading" : "一审");
			String projectPage = mvc.perform(get("/legislation/projects/" + project).param("lang", lang)
					.with(user("s").roles("STAFF")))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			assertThat(projectPage).contains("id=\"plan-items\"").contains("/legislation/plan?year=2051");
		}
	}

	@Test
	void theDemoPlanOf2023ShowsTheThreeRegulationsWithTheirStage() {
		assertThat(store.items(2023)).filteredOn(i -> i.project() != null)
			.extracting(PlanItem::title)
			.containsExactlyInAnyOrder("太原市大数据发展促进条例", "太原市体育发展条例", "太原市消防条例（修改）");
		assertThat(store.items(2023)).filteredOn(i -> i.project() != null)
			.allMatch(i -> i.projectStatus().isPassed());
	}

	@Test
	void anItemIsLinkedToAnExistingProjectOnceAndOnlyByStaff() throws Exception {
		ProjectId earlier = createProject.create("太原市测试条例（跨年度项目）", null);
		long first = item(2052, "太原市测试条例（跨年度项目）", ProjectKind.MAKE);
		long second = item(2053, "太原市测试条例（跨年度项目）", ProjectKind.MAKE);
		mvc.perform(post("/legislation/plan/items/" + first + "/link").param("project", earlier.toString())
				.with(user("d").roles("DEPUTY")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/legislation/plan/items/" + first + "/link").param("project", earlier.toString())
				.with(user("s").roles("STAFF")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		plan.linkProject(second, earlier, null);
		assertThat(store.itemsOf(earlier)).extracting(PlanItem::year).containsExactly(2053, 2052);
		assertThatThrownBy(() -> plan.linkProject(first, createProject.create("另一个项目", null), null))
			.hasMessageContaining("process.plan.alreadyLinked");
		long third = item(2054, "太原市测试条例（无项目）", ProjectKind.MAKE);
		assertThatThrownBy(() -> plan.linkProject(third, new ProjectId(987654321L), null))
			.hasMessageContaining("legislation.project.notFound");
		mvc.perform(post("/legislation/plan/items/" + third + "/project").with(user("p").roles("PUBLIC")).with(csrf()))
			.andExpect(status().isForbidden());
		String location = mvc.perform(post("/legislation/plan/items/" + third + "/project").with(user("s").roles("STAFF"))
				.with(csrf())).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).isEqualTo("/legislation/projects/" + store.item(third).orElseThrow().project());
	}
}
