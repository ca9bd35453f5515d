package org.lvzhi.meetings.sittings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.meetings.SittingId;
import org.lvzhi.meetings.SittingKind;
import org.lvzhi.meetings.SittingState;
import org.lvzhi.reporting.Figure;
import org.lvzhi.reporting.FigureRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo world reproduces the meetings figures of the 2023 report from records, each record its
 * sitting or register entry; the sittings' agendas come from the work reports deliberated on their days.
 */
@IntegrationTest
class MeetingsFiguresTests {

	@Autowired
	List<Figure> figures;
	@Autowired
	SittingReads reads;
	@Autowired
	Attendance attendance;
	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService users;

	private Figure figure(String key) {
		return figures.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
	}

	@Test
	void theDemoWorldReproducesTheReportsMeetingsFigures() {
		Map<String, Long> expected = Map.of("sc_sessions", 9L, "director_meetings", 25L, "resolutions_decisions", 3L,
				"reports_to_party_committee", 55L);
		expected.forEach((key, value) -> {
			assertThat(figure(key).value(2023)).as(key).isEqualTo(value);
			assertThat(figure(key).records(2023)).as(key).hasSize(value.intValue());
		});
	}

	@Test
	void eachSittingCountedIsAHeldSittingWhoseAgendaCameFromTheOtherModules() {
		List<FigureRecord> sittings = figure("sc_sessions").records(2023);
		int fromModules = 0;
		for (FigureRecord r : sittings) {
			var s = reads.get(new SittingId(Long.parseLong(r.id()))).orElseThrow();
			assertThat(s.kind()).isEqualTo(SittingKind.STANDING_COMMITTEE);
			assertThat(s.state()).isEqualTo(SittingState.CLOSED);
			assertThat(r.link()).isEqualTo("/meetings/" + s.id());
			assertThat(attendance.present(s.id()).size()).as("a quorum attended")
				.isGreaterThan(attendance.allMembers(s.heldOn()).size() / 2);
			fromModules += (int) reads.agenda(s.sittingId()).stream().filter(i -> i.link() != null).count();
		}
		assertThat(fromModules).as("work reports and other business taken from the modules").isGreaterThanOrEqualTo(42);
		for (FigureRecord r : figure("director_meetings").records(2023)) {
			assertThat(reads.get(new SittingId(Long.parseLong(r.id()))).orElseThrow().kind())
				.isEqualTo(SittingKind.CHAIRPERSONS);
		}
	}

	@Test
	void theRegisterOfReportsToThePartyCommitteeIsTheOfficesOnly() throws Exception {
		mvc.perform(get("/meetings/party-reports").param("year", "2023").param("kind", "MEETING").with(user(users.loadUserByUsername("bangongting"))))
			.andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("关于召开市十五届人大常委会第8次会议的请示")));
		mvc.perform(get("/meetings/party-reports").with(user(users.loadUserByUsername("weimin"))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/meetings/party-reports").with(user(users.loadUserByUsername("daibiao-gw"))))
			.andExpect(status().isForbidden());
		assertThat(figure("reports_to_party_committee").records(2023))
			.allSatisfy(r -> assertThat(r.title()).doesNotContain("关于"));
	}

	@Test
	void thePublicSeesTheHeldSittingsWithTheirDecisionsButNotWhoAttended() throws Exception {
		FigureRecord last = figure("sc_sessions").records(2023).get(8);
		mvc.perform(get("/public/meetings")).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("/public/meetings/" + last.id())));
		var s = reads.get(new SittingId(Long.parseLong(last.id()))).orElseThrow();
		String member = new SittingPages.Names(context().getBean(org.lvzhi.directory.Directory.class))
			.person(attendance.present(s.id()).get(0));
		mvc.perform(get("/public/meetings/" + last.id())).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("关于召开太原市第十五届人民代表大会第三次会议的决定")))
			.andExpect(content().string(Matchers.containsString("通过")))
			.andExpect(content().string(Matchers.not(Matchers.containsString(member))));
		mvc.perform(get("/public/meetings/" + figure("director_meetings").records(2023).get(0).id()))
			.andExpect(status().isNotFound());
	}

	@Autowired
	org.springframework.context.ApplicationContext applicationContext;

	private org.springframework.context.ApplicationContext context() {
		return applicationContext;
	}
}
