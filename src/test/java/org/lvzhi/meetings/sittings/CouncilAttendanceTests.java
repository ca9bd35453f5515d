package org.lvzhi.meetings.sittings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.PersonId;
import org.lvzhi.meetings.AgendaItemId;
import org.lvzhi.meetings.BallotForm;
import org.lvzhi.meetings.MeetingsException;
import org.lvzhi.meetings.SittingId;
import org.lvzhi.meetings.SittingKind;
import org.lvzhi.meetings.voting.VotingService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The council of chairpersons (主任会议) records its own members' attendance, with no quorum and no votes. */
@IntegrationTest
class CouncilAttendanceTests {

	static final LocalDate DAY = LocalDate.of(2027, 2, 10);

	@Autowired
	ApplicationContext context;
	@Autowired
	Attendance attendance;
	@Autowired
	SittingService sittings;
	@Autowired
	SittingReads reads;
	@Autowired
	AgendaService agenda;
	@Autowired
	VotingService voting;
	@Autowired
	Directory directory;
	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService users;

	@Test
	void theCouncilRecordsTheChairViceChairsAndSecretaryGeneralOnlyAndHoldsNoVote() throws Exception {
		SittingFixture f = new SittingFixture(context);
		SittingId id = f.planned(SittingKind.CHAIRPERSONS, DAY);
		List<PersonId> council = directory.chairpersonsOn(DAY);
		List<PersonId> all = directory.standingCommitteeMembersOn(DAY);
		assertThat(council).isNotEmpty().hasSizeLessThan(all.size());
		assertThat(all).containsAll(council);
		PersonId plainMember = all.stream().filter(p -> !council.contains(p)).findFirst().orElseThrow();

		attendance.askLeave(id, council.getLast(), "外出学习");
		assertThatThrownBy(() -> attendance.record(id, council.getFirst(), Attendance.Status.PRESENT))
			.isInstanceOf(MeetingsException.class).hasMessage("meetings.error.state");
		sittings.open(id, null);
		for (PersonId p : council.subList(0, council.size() - 1)) {
			attendance.record(id, p, Attendance.Status.PRESENT);
		}
		assertThatThrownBy(() -> attendance.record(id, plainMember, Attendance.Status.PRESENT))
			.hasMessage("meetings.error.notMember");
		var who = attendance.of(reads.get(id).orElseThrow());
		assertThat(who.keySet()).containsExactlyElementsOf(council);
		assertThat(who.get(council.getLast())).isEqualTo(Attendance.Status.LEAVE);
		assertThat(reads.attendanceAfter(null, 10_000)).noneMatch(a -> a.sitting().equals(id));

		AgendaItemId item = new AgendaItemId(agenda.addFree(id, "OTHER", "研究有关事项"));
		assertThatThrownBy(() -> voting.open(item, false, BallotForm.APPROVAL)).hasMessage("meetings.error.attendanceKind");

		var office = user(users.loadUserByUsername("bangongting"));
		String page = mvc.perform(get("/meetings/" + id.value()).with(office)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("council-attendance").contains("主任会议组成人员" + council.size() + "人，已到"
				+ (council.size() - 1) + "人");
		byte[] xlsx = mvc.perform(get("/meetings/" + id.value() + "/attendance.xlsx").with(office)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(council.size());
		}
	}
}
