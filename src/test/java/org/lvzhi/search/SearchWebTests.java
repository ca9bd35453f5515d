package org.lvzhi.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.search.NoteFixture.note;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class SearchWebTests {

	static final String ELEVATOR = "关于老旧小区加装电梯补贴的建议，请住建部门简化加装电梯审批";

	@Autowired
	MockMvc mvc;
	@Autowired
	TestNotes notes;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	StartupRebuild startup;
	@Autowired
	Rebuilds rebuilds;

	@BeforeEach
	void indexesBuilt() throws Exception {
		startup.await(120);
	}

	static RequestPostProcessor as(String role) {
		return user(new ReaderPrincipal(role, null, null));
	}

	static RequestPostProcessor unit(long organizationId) {
		return user(new ReaderPrincipal("UNIT", null, organizationId));
	}

	@Test
	void administratorsSeeEachIndexWithItsCount() throws Exception {
		notes.save(note("管理页测试", "营商环境", "unit-a", "staff"));
		mvc.perform(get("/admin/search").with(as("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("test-note")))
			.andExpect(content().string(Matchers.containsString("/admin/search/rebuild")));
	}

	@Test
	void onlyAdministratorsOpenTheAdminPage() throws Exception {
		mvc.perform(get("/admin/search").with(as("STAFF"))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/search").with(unit(1))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/search")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/admin/search/rebuild").param("type", TestNotes.TYPE).with(csrf()).with(as("STAFF")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aRebuildIsLogged() throws Exception {
		long before = auditEntries();
		mvc.perform(post("/admin/search/rebuild").param("type", TestNotes.TYPE).with(csrf()).with(as("ADMIN")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/search"))
			.andExpect(flash().attribute("successKey", "search.rebuild.started"));
		rebuilds.latest(TestNotes.TYPE).orElseThrow().await(Duration.ofSeconds(30));
		assertThat(auditEntries()).isEqualTo(before + 1);
	}

	@Test
	void aTypeWithoutSourceCannotBeRebuilt() throws Exception {
		mvc.perform(post("/admin/search/rebuild").param("type", "no-such-type").with(csrf()).with(as("ADMIN")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("errorKey", "search.rebuild.noSource"));
	}

	@Test
	void theSimilarFragmentShowsOnlyWhatTheUserMayRead() throws Exception {
		long mine = ThreadLocalRandom.current().nextLong(1_000_000, 2_000_000);
		long theirs = mine + 1;
		notes.save(note("本单位：老旧小区加装电梯补贴", ELEVATOR, "unit-a", "org:" + mine));
		notes.save(note("他单位：老旧小区加装电梯补贴", ELEVATOR, "unit-a", "org:" + theirs));
		mvc.perform(get("/search/similar").param("type", TestNotes.TYPE).param("text", ELEVATOR).with(unit(mine)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("本单位：老旧小区加装电梯补贴")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("他单位"))))
			.andExpect(content().string(Matchers.containsString("%")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("<html"))));
	}

	@Test
	void theSimilarFragmentEscapesWhatItShows() throws Exception {
		long org = ThreadLocalRandom.current().nextLong(2_000_000, 3_000_000);
		// A text of this test's own: the elevator text other tests save many times over weighs nothing.
		String wetland = "关于加强汾河湿地候鸟栖息地巡护和越冬水鸟监测的建议";
		notes.save(note("<script>alert(1)</script>候鸟栖息地", wetland, "unit-a", "org:" + org));
		mvc.perform(get("/search/similar").param("type", TestNotes.TYPE).param("text", wetland).with(unit(org)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString("<script>"))))
			.andExpect(content().string(Matchers.containsString("<mark>")));
	}

	@Test
	void theSimilarFragmentNeedsASignedInUser() throws Exception {
		mvc.perform(get("/search/similar").param("type", TestNotes.TYPE).param("text", ELEVATOR))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/search/similar").param("type", TestNotes.TYPE).param("text", "\"(AND").with(as("DEPUTY")))
			.andExpect(status().isOk());
	}

	@Test
	void staffGetRoutingHintsWithUnitNames() throws Exception {
		notes.save(note("关于老旧小区加装电梯的建议", ELEVATOR, SimilarityTests.HOUSING, "staff"));
		mvc.perform(get("/search/hint").param("type", TestNotes.TYPE)
			.param("facet", "unit")
			.param("text", "老旧小区加装电梯")
			.with(as("STAFF")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("测试住房和城乡建设局")));
	}

	@Test
	void onlyStaffGetRoutingHints() throws Exception {
		for (String role : new String[] { "UNIT", "DEPUTY", "MEMBER", "PUBLIC" }) {
			mvc.perform(get("/search/hint").param("type", TestNotes.TYPE).param("facet", "unit").param("text", "电梯")
				.with(as(role))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/search/hint").param("type", TestNotes.TYPE).param("facet", "unit").param("text", "电梯")
			.with(as("ADMIN"))).andExpect(status().isOk());
	}

	private long auditEntries() {
		return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'search.index.rebuilt' AND subject_id = :type")
			.param("type", TestNotes.TYPE)
			.query(Long.class)
			.single();
	}
}
