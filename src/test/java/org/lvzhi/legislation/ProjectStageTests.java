package org.lvzhi.legislation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.legislation.drafts.DraftStore;
import org.lvzhi.legislation.drafts.DraftVersion;
import org.lvzhi.legislation.drafts.Project;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A project's page shows the stage stored for it, the steps that led there, and only the moves that
 * follow from it: the demo regulation with the texts of two readings has had both readings.
 */
@IntegrationTest
class ProjectStageTests {

	private static final Pattern MOVE_OPTION = Pattern.compile("<option value=\"([A-Z_]+)\"");

	@Autowired
	MockMvc mvc;
	@Autowired
	DraftStore store;
	@Autowired
	CreateProject createProject;
	@Autowired
	AddDraftVersion addDraftVersion;

	private String page(ProjectId id) throws Exception {
		return mvc.perform(get("/legislation/projects/" + id).with(user("stage-staff").authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_STAFF"), new org.springframework.security.core.authority.SimpleGrantedAuthority("OFFICE_LEGISLATIVE_AFFAIRS"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static List<String> moves(String page) {
		String form = page.substring(page.indexOf("id=\"move-form\""));
		form = form.substring(0, form.indexOf("</select>"));
		return MOVE_OPTION.matcher(form).results().map(m -> m.group(1)).toList();
	}

	private static String timeline(String page) {
		String list = page.substring(page.indexOf("id=\"timeline\""));
		return list.substring(0, list.indexOf("</ol>"));
	}

	@Test
	void theDemoRegulationWithTwoReadingsTextsShowsBothReadingsAndOffersWhatComesAfterTheSecond() throws Exception {
		Project demo = store.projects(1, 200).items().stream().filter(p -> p.title().equals("太原市养老服务条例"))
			.findFirst().orElseThrow();
		assertThat(store.versions(demo.id())).extracting(DraftVersion::reading).containsExactly(1, 2);

		String page = page(demo.id());

		assertThat(demo.status()).isEqualTo(ProjectStatus.SECOND_READING);
		assertThat(page).containsPattern("id=\"status\">二审<");
		assertThat(timeline(page)).doesNotContain("尚无进程记录").contains("2023-08-29", "一审", "2023-10-27", "二审");
		assertThat(moves(page)).doesNotContain("FIRST_READING").contains("THIRD_READING");
		assertThat(page).contains("id=\"vote-form\"");
	}

	@Test
	void theNewProjectFieldStartsEmptyNotWithThePagesTitleMarkup() throws Exception {
		String page = mvc.perform(get("/legislation/projects").with(user("stage-staff").authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_STAFF"), new org.springframework.security.core.authority.SimpleGrantedAuthority("OFFICE_LEGISLATIVE_AFFAIRS"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String field = page.substring(page.indexOf("<input class=\"form-control\" name=\"title\""));
		field = field.substring(0, field.indexOf('>'));

		assertThat(field).contains("value=\"\"").doesNotContain("title th:text");
	}

	@Test
	void storingTheFirstTextIsAStepOfTheTimeline() throws Exception {
		ProjectId id = createProject.create("太原市测试条例（提请审议）", null);
		addDraftVersion.add(id, 1, LegislationFixture.FIRST, null, null);

		String page = page(id);

		assertThat(page).containsPattern("id=\"status\">已提请审议<");
		assertThat(timeline(page)).doesNotContain("尚无进程记录").contains("已提请审议");
		assertThat(moves(page)).startsWith("FIRST_READING");
	}
}
