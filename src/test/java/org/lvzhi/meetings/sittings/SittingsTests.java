package org.lvzhi.meetings.sittings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.deadlines.Deadlines;
import org.lvzhi.meetings.MeetingsException;
import org.lvzhi.meetings.SittingId;
import org.lvzhi.meetings.SittingKind;
import org.lvzhi.meetings.SittingState;
import org.lvzhi.meetings.SittingView;
import org.lvzhi.meetings.rules.MeetingsSettings;
import org.lvzhi.platform.SittingItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Sittings: numbering, the state machine, the notice deadline, agendas from the other modules, the year plan's gaps. */
@IntegrationTest
class SittingsTests {

	@Autowired
	ApplicationContext context;
	@Autowired
	SittingService sittings;
	@Autowired
	SittingReads reads;
	@Autowired
	AgendaService agenda;
	@Autowired
	Attendance attendance;
	@Autowired
	YearPlan plan;
	@Autowired
	Deadlines deadlines;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService users;

	private SittingView sitting(SittingId id) {
		return reads.get(id).orElseThrow();
	}

	@Test
	void sittingsAreNumberedInTheirTermAndKindAndANumberIsNotTakenTwice() {
		SittingFixture f = new SittingFixture(context);
		SittingId first = f.planned(SittingKind.STANDING_COMMITTEE, LocalDate.of(2025, 3, 1));
		int term = sitting(first).term();
		SittingId second = sittings.plan(SittingKind.STANDING_COMMITTEE, term, null, LocalDate.of(2025, 4, 1), null);
		SittingId council = sittings.plan(SittingKind.CHAIRPERSONS, term, null, LocalDate.of(2025, 4, 2), null);
		assertThat(sitting(second).number()).isEqualTo(sitting(first).number() + 1);
		assertThat(sitting(council).number()).isEqualTo(1);
		assertThatThrownBy(() -> sittings.plan(SittingKind.STANDING_COMMITTEE, term, 1, LocalDate.of(2025, 5, 1), null))
			.isInstanceOf(MeetingsException.class).hasMessage("meetings.error.numberTaken");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'meetings.sitting.planned' AND subject_id = ?")
			.param(String.valueOf(first.value())).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void aStandingCommitteeSittingGoesPlannedNotifiedHeldClosedAndEachMoveChecksTheVersion() {
		SittingFixture f = new SittingFixture(context);
		SittingId id = f.planned(SittingKind.STANDING_COMMITTEE, deadlines.today().plusDays(30));
		assertThatThrownBy(() -> sittings.open(id, null)).hasMessage("meetings.error.notNotified");
		int v = sitting(id).version();
		sittings.notifyMembers(id, v);
		assertThatThrownBy(() -> sittings.open(id, v)).isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(sitting(id).state()).isEqualTo(SittingState.NOTIFIED);
		assertThat(sitting(id).notifiedOn()).isEqualTo(deadlines.today());
		assertThat(sittings.noticeLate(sitting(id))).isFalse();
		sittings.open(id, sitting(id).version());
		assertThatThrownBy(() -> sittings.reschedule(id, null, LocalDate.of(2030, 1, 1), null))
			.hasMessage("meetings.error.alreadyHeld");
		sittings.close(id, sitting(id).version(), "会议听取了报告。");
		assertThat(sitting(id).state()).isEqualTo(SittingState.CLOSED);
		assertThat(sitting(id).minutes()).isEqualTo("会议听取了报告。");
		assertThatThrownBy(() -> agenda.addFree(id, "OTHER", "闭会后的议题")).hasMessage("meetings.error.closed");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'Sitting' AND subject_id = ? AND action LIKE 'meetings.sitting.%'")
			.param(String.valueOf(id.value())).query(Integer.class).single()).isEqualTo(4);
	}

	@Test
	void aNoticeSentFewerThanTheNoticeDaysBeforeIsFlaggedLate() {
		MeetingsSettings settings = context.getBean(MeetingsSettings.class);
		SittingFixture f = new SittingFixture(context);
		SittingId soon = f.planned(SittingKind.STANDING_COMMITTEE, deadlines.today().plusDays(settings.noticeDays() - 1));
		SittingId onTime = f.planned(SittingKind.STANDING_COMMITTEE, deadlines.today().plusDays(settings.noticeDays()));
		assertThat(sittings.noticeLate(sitting(soon))).as("not sent and already late").isTrue();
		sittings.notifyMembers(soon, null);
		sittings.notifyMembers(onTime, null);
		assertThat(sittings.noticeLate(sitting(soon))).isTrue();
		assertThat(sittings.noticeLate(sitting(onTime))).isFalse();
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM notifications_recipient r JOIN notifications_notification n ON n.id = r.notification_id
				WHERE n.subject = ?""").param("sitting:" + soon.value()).query(Integer.class).single())
			.isEqualTo(f.members().size());
	}

	@Test
	void theAgendaIsBuiltFromWhatTheOtherModulesHaveDueAndFreeItemsAndIsOrdered() {
		SittingFixture f = new SittingFixture(context);
		SittingId id = f.planned(SittingKind.STANDING_COMMITTEE, deadlines.today().plusDays(20));
		List<SittingItem> due = agenda.candidates(sitting(id));
		assertThat(due).as("work reports, drafts, inquiries due from the other modules").isNotEmpty();
		SittingItem first = due.get(0);
		long taken = agenda.addDue(id, first.link());
		assertThat(reads.item(taken).orElseThrow().title()).isEqualTo(first.title());
		assertThat(reads.item(taken).orElseThrow().kindKey()).isEqualTo(first.kindKey());
		assertThat(agenda.candidates(sitting(id))).extracting(SittingItem::link).doesNotContain(first.link());
		assertThatThrownBy(() -> agenda.addDue(id, first.link())).hasMessage("meetings.error.notDue");
		assertThatThrownBy(() -> agenda.addDue(id, "/made/up")).hasMessage("meetings.error.notDue");
		long free = agenda.addFree(id, "RESOLUTION", "关于召开市人民代表大会的决定");
		assertThatThrownBy(() -> agenda.addFree(id, "NONSENSE", "x")).hasMessage("meetings.error.kindRequired");
		assertThatThrownBy(() -> agenda.addFree(id, "OTHER", " ")).hasMessage("meetings.error.titleRequired");
		assertThat(reads.agenda(id)).extracting(SittingReads.ItemView::id).containsExactly(taken, free);
		agenda.move(free, reads.item(free).orElseThrow().version(), -1);
		assertThat(reads.agenda(id)).extracting(SittingReads.ItemView::id).containsExactly(free, taken);
		assertThatThrownBy(() -> agenda.move(free, 0, 1)).isInstanceOf(OptimisticLockingFailureException.class);
		agenda.remove(taken, null);
		assertThat(reads.agenda(id)).extracting(SittingReads.ItemView::id).containsExactly(free);
	}

	@Test
	void attendanceIsForMembersAndPresenceOnlyOnceTheSittingIsHeld() {
		SittingFixture f = new SittingFixture(context);
		SittingId id = f.planned(SittingKind.STANDING_COMMITTEE, SittingFixture.DAY);
		var member = f.members().get(0);
		assertThatThrownBy(() -> attendance.record(id, member, Attendance.Status.PRESENT)).hasMessage("meetings.error.state");
		attendance.askLeave(id, member, "因公出差");
		assertThat(attendance.of(sitting(id)).get(member)).isEqualTo(Attendance.Status.LEAVE);
		assertThatThrownBy(() -> attendance.askLeave(id, new org.lvzhi.directory.PersonId(-5), "事由"))
			.hasMessage("meetings.error.notMember");
	}

	@Test
	void theYearPlanWarnsOfAGapOfMoreThanTwoMonthsBetweenSittings() {
		SittingFixture f = new SittingFixture(context);
		List<SittingView> year = List.of(view(LocalDate.of(2031, 1, 10)), view(LocalDate.of(2031, 3, 10)),
				view(LocalDate.of(2031, 5, 11)), view(LocalDate.of(2031, 7, 1)), view(LocalDate.of(2031, 9, 1)),
				view(LocalDate.of(2031, 10, 30)), view(LocalDate.of(2031, 12, 28)));
		List<YearPlan.Gap> gaps = plan.gaps(year, List.of(view(LocalDate.of(2030, 12, 20))), 2031);
		assertThat(gaps).extracting(YearPlan.Gap::from).containsExactly(LocalDate.of(2031, 3, 10));
		assertThat(f).isNotNull();
	}

	private static SittingView view(LocalDate on) {
		return new SittingView(0, SittingKind.STANDING_COMMITTEE, 15, 1, on, null, SittingState.PLANNED, null, null, 0);
	}

	@Test
	void theOfficePlansFromItsPageMembersReadAndOthersAreRefused() throws Exception {
		var office = user(users.loadUserByUsername("bangongting"));
		var member = user(users.loadUserByUsername("weimin"));
		mvc.perform(post("/meetings").with(office).with(csrf()).param("kind", "STANDING_COMMITTEE").param("term", "77")
			.param("on", "").param("place", "会议室甲")).andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("errorKey", "meetings.error.dateRequired"))
			.andExpect(flash().attribute("typed", Matchers.hasEntry("place", "会议室甲")));
		String location = mvc.perform(post("/meetings").with(office).with(csrf()).param("kind", "STANDING_COMMITTEE")
			.param("term", "77").param("on", "2027-02-26").param("place", "会议室甲"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).matches("/meetings/\\d+");
		mvc.perform(get(location).with(member)).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("第77届常委会第")));
		mvc.perform(get("/meetings").param("year", "2027").param("kind", "STANDING_COMMITTEE").with(office))
			.andExpect(status().isOk()).andExpect(content().string(Matchers.containsString(location)));
		mvc.perform(get("/meetings/plan").param("year", "2027").with(member)).andExpect(status().isOk());
		mvc.perform(post(location + "/notify").with(member).with(csrf())).andExpect(status().isForbidden());
		// The demo deputy sits on the standing committee and so reads sittings with her deputy's account;
		// a handling unit and a member of the public do not.
		mvc.perform(get("/meetings").with(user(users.loadUserByUsername("zhujianju")))).andExpect(status().isForbidden());
		mvc.perform(get("/meetings").with(user(users.loadUserByUsername("gongzhong")))).andExpect(status().isForbidden());
		mvc.perform(get("/meetings")).andExpect(status().is3xxRedirection());
	}
}
