package org.lvzhi.meetings.sittings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.Locale;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.directory.Picker;
import org.lvzhi.directory.PersonId;
import org.lvzhi.meetings.MeetingsException;
import org.lvzhi.meetings.SittingId;
import org.lvzhi.meetings.rules.MeetingsSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Who attends without a vote (列席): picked or typed, listed and in the workbook, never counted for the quorum. */
@IntegrationTest
class NonVotingAttendeesTests {

	@Autowired
	ApplicationContext context;
	@Autowired
	NonVotingAttendees attendees;
	@Autowired
	Attendance attendance;
	@Autowired
	SittingReads reads;
	@Autowired
	SittingDocuments documents;
	@Autowired
	MeetingsSettings settings;
	@Autowired
	Picker picker;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService users;

	@Test
	void attendeesArePickedOrTypedListedInTheWorkbookAndNeverCountedForTheQuorum() throws Exception {
		SittingFixture f = new SittingFixture(context);
		int all = f.members().size();
		SittingId id = f.held(settings.quorumCount(all) - 1);
		assertThat(attendance.quorum(id.value(), SittingFixture.DAY)).isFalse();
		PersonId deputy = new PersonId(jdbc.sql("SELECT MIN(id) FROM directory_person").query(Long.class).single());
		attendees.add(id, NonVotingAttendees.Kind.DEPUTY, picker.personValue(deputy), null, null);
		attendees.add(id, NonVotingAttendees.Kind.OFFICIAL, null, "王某某", "市发展和改革委员会");
		assertThat(attendees.of(id)).hasSize(2).anySatisfy(a -> assertThat(a.personId()).isEqualTo(deputy.value()));
		assertThat(attendance.quorum(id.value(), SittingFixture.DAY)).as("attendees are no members").isFalse();
		assertThat(attendance.present(id.value())).hasSize(settings.quorumCount(all) - 1);

		assertThatThrownBy(() -> attendees.add(id, NonVotingAttendees.Kind.DEPUTY, picker.personValue(deputy), null, null))
			.isInstanceOf(MeetingsException.class).hasMessage("meetings.error.attendeeTwice");
		assertThatThrownBy(() -> attendees.add(id, NonVotingAttendees.Kind.OFFICIAL, null, " ", "某单位"))
			.isInstanceOf(MeetingsException.class).hasMessage("meetings.error.attendeeName");
		assertThatThrownBy(() -> attendees.add(id, null, null, "李某", null))
			.isInstanceOf(MeetingsException.class).hasMessage("meetings.error.attendeeKind");

		var file = documents.attendance(reads.get(id).orElseThrow(), Locale.SIMPLIFIED_CHINESE);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.bytes()))) {
			assertThat(book.getNumberOfSheets()).isEqualTo(2);
			assertThat(book.getSheetAt(1).getSheetName()).isEqualTo("列席人员");
			assertThat(book.getSheetAt(1).getRow(2).getCell(1).getStringCellValue()).isEqualTo("王某某");
			assertThat(book.getSheetAt(1).getRow(2).getCell(2).getStringCellValue()).isEqualTo("市发展和改革委员会");
		}
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'meetings.attendee.added' AND subject_id = ?")
			.param(String.valueOf(id.value())).query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void theOfficeAddsAttendeesOnThePageMembersSeeThemAndMayNotAddThem() throws Exception {
		SittingFixture f = new SittingFixture(context);
		SittingId id = f.held(3);
		String page = "/meetings/" + id.value();
		mvc.perform(post(page + "/attendees").with(user(users.loadUserByUsername("bangongting"))).with(csrf())
			.param("kind", "OFFICIAL").param("name", "赵某").param("unit", "市财政局"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post(page + "/attendees").with(user(users.loadUserByUsername("weimin"))).with(csrf())
			.param("kind", "OFFICIAL").param("name", "钱某")).andExpect(status().isForbidden());
		mvc.perform(get(page).with(user(users.loadUserByUsername("weimin")))).andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("市财政局")));
		mvc.perform(get("/meetings/pick/person").param("field", "person").param("id", "p").param("person", "王")
			.with(user(users.loadUserByUsername("bangongting")))).andExpect(status().isOk());
		mvc.perform(get("/meetings/pick/person").param("field", "person").param("id", "p").param("person", "王")
			.with(user(users.loadUserByUsername("weimin")))).andExpect(status().isForbidden());
	}
}
