package org.lvzhi.oversight.evaluation;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.directory.Classification;
import org.lvzhi.directory.CreateOrganization;
import org.lvzhi.directory.OrganizationDetails;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.oversight.EvaluationId;
import org.lvzhi.oversight.EvaluationWorkflow;
import org.lvzhi.oversight.RaterGroup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A rater without an account opens the sheet by code, submits it once, and cannot again. */
@IntegrationTest
class RaterSheetTests {

	@Autowired
	EvaluationWorkflow workflow;
	@Autowired
	CreateOrganization organizations;
	@Autowired
	MockMvc mvc;

	@Test
	void theOfficeSetsUpTheCampaignAndAUnitCannotEnter() throws Exception {
		EvaluationId id = workflow.open("测试网页发起", 2024, LocalDate.of(2024, 11, 20), Map.of(RaterGroup.DEPUTIES, 1));
		OrganizationId organ = organizations.create(new OrganizationDetails("测试发起局" + System.nanoTime(),
				Classification.GOVERNMENT_DEPARTMENT, null, null, null, null, null, null));
		// The general office runs the evaluations it opens (and those opened without an office).
		var staff = user("t-eval-staff").authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_STAFF"),
				new org.springframework.security.core.authority.SimpleGrantedAuthority("OFFICE_GENERAL_OFFICE"));
		mvc.perform(post("/oversight/evaluations/" + id + "/departments").with(staff).with(csrf())
			.param("organ", String.valueOf(organ.value()))).andExpect(status().is3xxRedirection());
		mvc.perform(post("/oversight/evaluations/" + id + "/tasks").with(staff).with(csrf())
			.param("organ", String.valueOf(organ.value())).param("title", "测试发起重点工作"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/oversight/evaluations/" + id + "/raters").with(staff).with(csrf()).param("group", "DEPUTIES")
			.param("count", "3")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/oversight/evaluations/" + id).with(staff)).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("测评1个部门的1项重点工作")));
		mvc.perform(get("/oversight/evaluations/" + id + "/codes.xlsx").with(staff)).andExpect(status().isOk());
		mvc.perform(get("/oversight/evaluations/" + id).with(user("t-eval-unit").roles("UNIT")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theSheetIsSubmittedOnceByItsCode() throws Exception {
		EvaluationId id = workflow.open("测试网页测评", 2024, LocalDate.of(2024, 11, 20), Map.of(RaterGroup.EXPERTS, 1));
		String name = "测试网页测评局" + System.nanoTime();
		OrganizationId organ = organizations.create(new OrganizationDetails(name, Classification.GOVERNMENT_DEPARTMENT,
				null, null, null, null, null, null));
		long dept = workflow.addDepartment(id, organ);
		long task = workflow.addTask(id, organ, "测试网页重点工作");
		String code = workflow.addRaters(id, RaterGroup.EXPERTS, 1, List.of()).get(0);
		mvc.perform(get("/public/evaluation/" + code)).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(name)))
			.andExpect(content().string(Matchers.containsString("测试网页重点工作")));
		mvc.perform(get("/public/evaluation/" + code).param("lang", "en")).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("name=\"t" + task + "\" value=\"BASICALLY_SATISFIED\"> <span>")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("checked"))));
		// A refused sheet comes back with the rater's choice still checked, and only that one.
		String refused = mvc.perform(post("/public/evaluation/" + code).with(csrf()).param("d" + dept, "SATISFIED"))
			.andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("请对所有部门和重点工作逐项作出评价")))
			.andReturn().getResponse().getContentAsString();
		org.assertj.core.api.Assertions.assertThat(refused)
			.contains("name=\"d" + dept + "\" value=\"SATISFIED\" checked=\"checked\"> <span>满意</span>")
			.containsOnlyOnce(" checked=");
		mvc.perform(post("/public/evaluation/" + code).with(csrf()).param("d" + dept, "SATISFIED")
			.param("t" + task, "BASICALLY_SATISFIED")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/public/evaluation/" + code)).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("您的测评已提交")));
		mvc.perform(post("/public/evaluation/" + code).with(csrf()).param("d" + dept, "DISSATISFIED")
			.param("t" + task, "DISSATISFIED")).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("您的测评已提交")));
		mvc.perform(get("/public/evaluation/NOSUCHCODE")).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("测评码无效")));
	}

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;
	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	org.springframework.test.web.servlet.request.RequestPostProcessor demo(String username) {
		return user(users.loadUserByUsername(username));
	}

	/** Finding 6: the codes are keys to secret sheets; another office neither downloads nor uses them. */
	@Test
	void onlyTheOfficeThatRunsAnEvaluationHandlesItsCodesAndEntersItsSheets() throws Exception {
		EvaluationId id = workflow.open("测试机构测评", 2024, LocalDate.of(2024, 11, 20), Map.of(RaterGroup.EXPERTS, 1));
		String code = workflow.addRaters(id, RaterGroup.EXPERTS, 1, List.of()).get(0);
		// Run by the general office: the deputies' affairs commission reads it, nothing more.
		var other = demo("daibiao-gw");
		mvc.perform(get("/oversight/evaluations/" + id + "/codes.xlsx").with(other)).andExpect(status().isForbidden());
		mvc.perform(get("/oversight/evaluations/" + id).with(other)).andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString("codes.xlsx"))))
			.andExpect(content().string(Matchers.not(Matchers.containsString("id=\"manage\""))));
		for (String action : List.of("raters", "close", "publish", "departments", "tasks")) {
			mvc.perform(post("/oversight/evaluations/" + id + "/" + action).param("group", "EXPERTS").param("count", "5")
				.with(other).with(csrf())).andExpect(status().isForbidden());
		}
		mvc.perform(get("/public/evaluation/" + code).with(other)).andExpect(status().isForbidden());
		mvc.perform(post("/public/evaluation/" + code).with(other).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/oversight/evaluations/" + id + "/codes.xlsx").with(demo("fagongwei")))
			.andExpect(status().isForbidden());
		org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM oversight_evaluation_rater WHERE evaluation_id = ?")
			.param(id.value()).query(Integer.class).single()).isEqualTo(1);
		// The general office and the administrator do; a rater without an account opens the sheet.
		mvc.perform(get("/oversight/evaluations/" + id + "/codes.xlsx").with(demo("bangongting"))).andExpect(status().isOk());
		mvc.perform(get("/oversight/evaluations/" + id).with(demo("bangongting")))
			.andExpect(content().string(Matchers.containsString("codes.xlsx")));
		mvc.perform(get("/oversight/evaluations/" + id + "/codes.xlsx").with(demo("admin"))).andExpect(status().isOk());
		mvc.perform(get("/public/evaluation/" + code).with(demo("bangongting"))).andExpect(status().isOk());
		mvc.perform(get("/public/evaluation/" + code)).andExpect(status().isOk());

		// An evaluation the deputies' affairs commission opens is its own, and not the general office's.
		String title = "代表工委测评" + System.nanoTime();
		mvc.perform(post("/oversight/evaluations").param("title", title).param("year", "2024").with(other).with(csrf()))
			.andExpect(status().is3xxRedirection());
		long own = jdbc.sql("SELECT id FROM oversight_evaluation WHERE title = ?").param(title).query(Long.class).single();
		mvc.perform(get("/oversight/evaluations/" + own + "/codes.xlsx").with(other)).andExpect(status().isOk());
		mvc.perform(get("/oversight/evaluations/" + own + "/codes.xlsx").with(demo("bangongting")))
			.andExpect(status().isForbidden());
	}
}
