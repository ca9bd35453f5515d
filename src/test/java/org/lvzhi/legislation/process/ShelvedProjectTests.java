package org.lvzhi.legislation.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.legislation.AddDraftVersion;
import org.lvzhi.legislation.CreateProject;
import org.lvzhi.legislation.LegislationFixture;
import org.lvzhi.legislation.MoveProject;
import org.lvzhi.legislation.ProjectId;
import org.lvzhi.legislation.ProjectStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A project shelved for two years is terminated by the daily job, counted from fixed dates. */
@IntegrationTest
class ShelvedProjectTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	CreateProject createProject;
	@Autowired
	AddDraftVersion addDraftVersion;
	@Autowired
	MoveProject moveProject;
	@Autowired
	TerminateShelvedProjects terminate;
	@Autowired
	ProcessStore store;
	@Autowired
	JdbcClient jdbc;

	void move(ProjectId id, ProjectStatus to, LocalDate on) {
		moveProject.move(id, moveProject.currentVersion(id), to, on, null, null);
	}

	ProjectStatus statusOf(ProjectId id) {
		return store.process(id).orElseThrow().status();
	}

	@Test
	void twoYearsAfterItsLatestShelvingAProjectIsTerminatedWithTimelineAuditAndNotice() throws Exception {
		// Dates long past, so that no other test's shelved project is due on the days used here.
		ProjectId once = createProject.create("太原市测试条例（搁置两年）", null);
		move(once, ProjectStatus.FIRST_READING, LocalDate.of(2001, 3, 1));
		move(once, ProjectStatus.SHELVED, LocalDate.of(2001, 5, 10));
		ProjectId twice = createProject.create("太原市测试条例（再次搁置）", null);
		move(twice, ProjectStatus.SHELVED, LocalDate.of(2001, 1, 5));
		move(twice, ProjectStatus.DRAFTING, LocalDate.of(2001, 6, 1));
		move(twice, ProjectStatus.SHELVED, LocalDate.of(2002, 1, 4));

		terminate.terminateDue(LocalDate.of(2003, 5, 9));
		assertThat(statusOf(once)).isEqualTo(ProjectStatus.SHELVED);
		terminate.terminateDue(LocalDate.of(2003, 5, 10));
		assertThat(statusOf(once)).isEqualTo(ProjectStatus.TERMINATED);
		// Counted from the latest shelving, not the first.
		assertThat(statusOf(twice)).isEqualTo(ProjectStatus.SHELVED);

		assertThat(store.timeline(once).getLast()).isEqualTo(
				new TimelineEntry(ProjectStatus.SHELVED, ProjectStatus.TERMINATED, LocalDate.of(2003, 5, 10), null));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'legislation.project.terminated' AND subject_id = ?")
			.param(once.toString()).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM notifications_notification n JOIN notifications_recipient r ON r.notification_id = n.id
				WHERE n.link = ? AND r.recipient_key = 'office:LEGISLATIVE_AFFAIRS' AND n.message_key = 'process.terminated.notice'""")
			.param("/legislation/projects/" + once).query(Long.class).single()).isEqualTo(1);

		// Terminated is final: no move, no text, and the job leaves it alone.
		assertThat(ProjectStatus.TERMINATED.next()).isEmpty();
		assertThatThrownBy(() -> move(once, ProjectStatus.DRAFTING, LocalDate.of(2003, 6, 1)))
			.hasMessageContaining("process.move.illegal");
		assertThatThrownBy(() -> addDraftVersion.add(once, 1, LegislationFixture.FIRST, null, null))
			.hasMessageContaining("legislation.draft.projectClosed");
		terminate.terminateDue(LocalDate.of(2003, 5, 11));
		assertThat(store.timeline(once)).filteredOn(t -> t.to() == ProjectStatus.TERMINATED).hasSize(1);

		terminate.terminateDue(LocalDate.of(2004, 1, 4));
		assertThat(statusOf(twice)).isEqualTo(ProjectStatus.TERMINATED);

		for (String lang : new String[] { "zh_CN", "en" }) {
			String page = mvc.perform(get("/legislation/projects/" + once).param("lang", lang).with(user("s").roles("STAFF")))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			assertThat(page).contains(lang.equals("en") ? "Terminated" : "已终止")
				.contains(lang.equals("en") ? "shelved for two years" : "搁置审议满两年");
		}
	}
}
