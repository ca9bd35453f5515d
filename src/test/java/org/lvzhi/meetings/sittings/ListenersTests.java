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
import org.lvzhi.AnonymousClient;
import org.lvzhi.IntegrationTest;
import org.lvzhi.meetings.MeetingsException;
import org.lvzhi.meetings.SittingId;
import org.lvzhi.meetings.SittingKind;
import org.lvzhi.meetings.rules.MeetingsSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Members of the public register to listen (旁听): seats, rules, the public form, and their data kept to the office. */
@IntegrationTest
class ListenersTests {

	@Autowired
	ApplicationContext context;
	@Autowired
	Listeners listeners;
	@Autowired
	SittingService sittings;
	@Autowired
	MeetingsSettings settings;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService users;

	private static String phone(int i) {
		return "139" + String.format("%08d", i);
	}

	@Test
	void registrationTakesNoMoreThanTheSeatsAndOnlyWhileTheSittingIsPlannedOrNotified() {
		SittingFixture f = new SittingFixture(context);
		SittingId id = f.planned(SittingKind.STANDING_COMMITTEE, LocalDate.of(2027, 3, 1));
		int seats = settings.listenerSeats();
		for (int i = 0; i < seats; i++) {
			listeners.register(id, "旁听人" + i, phone(i), i % 2 == 0 ? null : "某公司");
		}
		assertThatThrownBy(() -> listeners.register(id, "晚来者", phone(seats), null)).isInstanceOf(MeetingsException.class)
			.hasMessage("meetings.error.listenersFull");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM meetings_listener WHERE sitting_id = ?").param(id.value())
			.query(Integer.class).single()).isEqualTo(seats);

		SittingId other = f.planned(SittingKind.STANDING_COMMITTEE, LocalDate.of(2027, 4, 1));
		assertThatThrownBy(() -> listeners.register(other, " ", phone(1), null)).hasMessage("meetings.error.listenerName");
		assertThatThrownBy(() -> listeners.register(other, "张三", "12345", null)).hasMessage("meetings.error.listenerPhone");
		listeners.register(other, "张三", "0351-4567890", null);
		assertThatThrownBy(() -> listeners.register(other, "张三丰", "0351-4567890", null))
			.hasMessage("meetings.error.listenerTwice");
		sittings.notifyMembers(other, null);
		listeners.register(other, "李四", phone(2), null);
		sittings.open(other, null);
		assertThatThrownBy(() -> listeners.register(other, "王五", phone(3), null)).hasMessage("meetings.error.listenersClosed");
		SittingId council = f.planned(SittingKind.CHAIRPERSONS, LocalDate.of(2027, 4, 2));
		assertThatThrownBy(() -> listeners.register(council, "王五", phone(3), null)).hasMessage("meetings.error.notFound");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'meetings.listener.registered' AND subject_id = ?")
			.param(String.valueOf(other.value())).query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void theOfficeSeesListenersMaskedTheWholeDataOnALoggedPageAndNobodyElseSeesThem() throws Exception {
		SittingFixture f = new SittingFixture(context);
		SittingId id = f.planned(SittingKind.STANDING_COMMITTEE, LocalDate.of(2027, 5, 1));
		String page = "/public/meetings/" + id.value();
		AnonymousClient visitor = AnonymousClient.fresh(mvc);
		mvc.perform(visitor.post(page, page + "/listeners").param("name", "张晓明").param("phone", "13812341234")
			.param("unit", "太原某学校")).andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(page + "/listeners/done"));
		mvc.perform(get(page + "/listeners/done")).andExpect(status().isOk())
			.andExpect(content("旁听报名成功"));
		// A refused post keeps what was typed and says why.
		mvc.perform(visitor.post(page, page + "/listeners").param("name", "李某").param("phone", "12ab"))
			.andExpect(status().isOk()).andExpect(content("请填写正确的手机号码")).andExpect(content("value=\"李某\""));

		String publicPage = mvc.perform(get(page)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(publicPage).doesNotContain("张晓明").doesNotContain("张*").doesNotContain("138****")
			.contains("旁听席位尚余" + (settings.listenerSeats() - 1) + "个");

		String office = mvc.perform(get("/meetings/" + id.value()).with(user(users.loadUserByUsername("bangongting"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(office).contains("张**").contains("138****1234").doesNotContain("张晓明").doesNotContain("13812341234");
		String member = mvc.perform(get("/meetings/" + id.value()).with(user(users.loadUserByUsername("weimin"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(member).doesNotContain("张**").doesNotContain("138****1234");

		int before = viewsLogged(id);
		mvc.perform(get("/meetings/" + id.value() + "/listeners").with(user(users.loadUserByUsername("bangongting"))))
			.andExpect(status().isOk()).andExpect(content("张晓明")).andExpect(content("13812341234"));
		assertThat(viewsLogged(id)).isEqualTo(before + 1);
		mvc.perform(get("/meetings/" + id.value() + "/listeners").with(user(users.loadUserByUsername("weimin"))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/meetings/" + id.value() + "/listeners").with(user(users.loadUserByUsername("xinfang"))))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action LIKE 'meetings.listener.%' AND after_state LIKE '%张晓明%'")
			.query(Integer.class).single()).as("the audit log keeps the data masked").isZero();

		long listener = listeners.whole(id).getFirst().id();
		sittings.notifyMembers(id, null);
		sittings.open(id, null);
		mvc.perform(post("/meetings/" + id.value() + "/listeners/" + listener + "/came").param("came", "true")
			.with(user(users.loadUserByUsername("bangongting"))).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(listeners.whole(id).getFirst().came()).isTrue();
		assertThat(mvc.perform(get(page)).andReturn().getResponse().getContentAsString()).doesNotContain("listener-form");
	}

	private int viewsLogged(SittingId id) {
		return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'audit.personalData.viewed' AND subject_id = ?")
			.param("SittingListeners/" + id.value()).query(Integer.class).single();
	}

	private static org.springframework.test.web.servlet.ResultMatcher content(String text) {
		return org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
			.string(org.hamcrest.Matchers.containsString(text));
	}
}
