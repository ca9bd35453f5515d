package org.lvzhi.meetings.sittings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.meetings.SittingId;
import org.lvzhi.meetings.SittingKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** A member asks for leave herself, saying why; the office reads the reason, other members do not. */
@IntegrationTest
class LeaveRequestsTests {

	@Autowired
	ApplicationContext context;
	@Autowired
	Attendance attendance;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService users;

	@Test
	void aMemberAsksForLeaveWithAReasonTheOfficeReadsIt() throws Exception {
		SittingFixture f = new SittingFixture(context);
		SittingId id = f.planned(SittingKind.STANDING_COMMITTEE, SittingFixture.DAY);
		String page = "/meetings/" + id.value();
		var member = user(users.loadUserByUsername("weimin"));
		mvc.perform(post(page + "/leave").with(member).with(csrf()).param("reason", " "))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("errorKey", "meetings.error.leaveReason"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM meetings_attendance WHERE sitting_id = ?").param(id.value())
			.query(Integer.class).single()).isZero();
		mvc.perform(post(page + "/leave").with(member).with(csrf()).param("reason", "赴外地考察（测试事由）"))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("successKey", "meetings.attendance.leave"));
		assertThat(attendance.leaveReasons(id.value()).values()).containsExactly("赴外地考察（测试事由）");
		assertThat(mvc.perform(get(page).with(user(users.loadUserByUsername("bangongting")))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString()).contains("赴外地考察（测试事由）");
		assertThat(mvc.perform(get(page).with(member)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString()).contains("您的出席情况：请假").doesNotContain("赴外地考察（测试事由）");
		mvc.perform(post(page + "/leave").with(user(users.loadUserByUsername("bangongting"))).with(csrf())
			.param("reason", "代请")).andExpect(status().isForbidden());
	}
}
