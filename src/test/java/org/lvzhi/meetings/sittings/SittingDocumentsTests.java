package org.lvzhi.meetings.sittings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.PersonId;
import org.lvzhi.meetings.SittingId;
import org.lvzhi.meetings.SittingView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** A sitting's notice and agenda as Word files, its attendance list as a workbook, opened with POI. */
@IntegrationTest
class SittingDocumentsTests {

	@Autowired
	ApplicationContext context;
	@Autowired
	SittingReads reads;
	@Autowired
	Attendance attendance;
	@Autowired
	Directory directory;
	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService users;

	private byte[] download(String url, String who) throws Exception {
		return mvc.perform(get(url).with(user(users.loadUserByUsername(who)))).andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
			.andReturn().getResponse().getContentAsByteArray();
	}

	private static String text(byte[] docx) throws Exception {
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
			return doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
		}
	}

	@Test
	void theNoticeAndTheAgendaAreWordFilesForTheOfficeAndMembersAndTheAttendanceListAWorkbookForTheOffice()
			throws Exception {
		SittingFixture f = new SittingFixture(context);
		SittingId id = f.held(SittingFixture.DAY, 2);
		f.item(id, "关于批准2025年市级预算调整方案的决议");
		f.item(id, "=HYPERLINK(\"http://example.com\")");
		List<PersonId> members = f.members();
		attendance.record(id, members.get(2), Attendance.Status.LEAVE);
		SittingView s = reads.get(id).orElseThrow();
		String name = "第" + s.term() + "届常委会第" + s.number() + "次会议";
		String base = "/meetings/" + id.value();

		String notice = text(download(base + "/notice.docx", "weimin"));
		assertThat(notice).contains("关于召开" + name + "的通知", "各位常委会组成人员：", "2025年6月26日", "常委会会议室",
				"1. 关于批准2025年市级预算调整方案的决议", "市人大常委会办公厅");

		// In English the same notice writes its dates in English.
		String english = text(download(base + "/notice.docx?lang=en", "weimin"));
		assertThat(english).contains("26 June 2025").doesNotContain("2025年6月26日");

		String agenda = text(download(base + "/agenda.docx", "bangongting"));
		assertThat(agenda).contains(name + "议程", "1、关于批准2025年市级预算调整方案的决议（决议）",
				"2、=HYPERLINK");

		byte[] xlsx = download(base + "/attendance.xlsx", "bangongting");
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheetAt(0);
			DataFormatter cells = new DataFormatter();
			assertThat(cells.formatCellValue(sheet.getRow(0).getCell(1))).isEqualTo("组成人员");
			assertThat(sheet.getLastRowNum()).isEqualTo(members.size());
			String first = directory.person(members.get(0)).orElseThrow().name();
			String third = directory.person(members.get(2)).orElseThrow().name();
			String fourth = directory.person(members.get(3)).orElseThrow().name();
			boolean seenFirst = false;
			for (Row row : sheet) {
				String who = cells.formatCellValue(row.getCell(1));
				String status = cells.formatCellValue(row.getCell(2));
				if (who.equals(first)) {
					seenFirst = true;
					assertThat(status).isEqualTo("出席");
				}
				if (who.equals(third)) {
					assertThat(status).isEqualTo("请假");
				}
				if (who.equals(fourth)) {
					assertThat(status).isEmpty();
				}
			}
			assertThat(seenFirst).isTrue();
		}

		// Members read the notice and the agenda; the attendance list is the office's.
		mvc.perform(get(base + "/attendance.xlsx").with(user(users.loadUserByUsername("weimin"))))
			.andExpect(status().isForbidden());
		mvc.perform(get(base + "/notice.docx")).andExpect(status().is3xxRedirection());
	}
}
