package org.lvzhi.meetings.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.PersonId;
import org.lvzhi.meetings.AgendaItemId;
import org.lvzhi.meetings.BallotForm;
import org.lvzhi.meetings.SittingId;
import org.lvzhi.meetings.VoteId;
import org.lvzhi.meetings.rules.MeetingsSettings;
import org.lvzhi.meetings.sittings.SittingFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The result sheet of an item's votes as a Word file: the totals and the outcome of every round; a
 * roll-call round names each member's choice, a secret one names nobody.
 */
@IntegrationTest
class VoteResultSheetTests {

	@Autowired
	ApplicationContext context;
	@Autowired
	VotingService voting;
	@Autowired
	MeetingsSettings settings;
	@Autowired
	Directory directory;
	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService users;

	@Test
	void aRollCallNamesEachMembersChoiceAndASecretBallotNamesNobody() throws Exception {
		SittingFixture f = new SittingFixture(context);
		List<PersonId> members = f.members();
		int quorum = settings.quorumCount(members.size());
		SittingId sitting = f.held(quorum);
		AgendaItemId open = f.item(sitting, "关于表决结果测试的决定（记名）");
		VoteId roll = voting.open(open, false, BallotForm.APPROVAL);
		for (int i = 0; i < quorum; i++) {
			voting.cast(roll, members.get(i), i == 0 ? "ABSTAIN" : "YES");
		}
		voting.close(roll, null);
		AgendaItemId secretItem = f.item(sitting, "关于表决结果测试的决定（无记名）");
		VoteId secret = voting.open(secretItem, true, BallotForm.APPROVAL);
		for (int i = 0; i < quorum; i++) {
			voting.cast(secret, members.get(i), "YES");
		}
		voting.close(secret, null);
		String first = directory.person(members.get(0)).orElseThrow().name();
		String second = directory.person(members.get(1)).orElseThrow().name();

		String named = text(download(open, "bangongting"));
		assertThat(named).contains("表决结果", "关于表决结果测试的决定（记名）", "第1轮表决", "记名表决", "赞成\t" + (quorum - 1),
				"弃权\t1", first + "\t弃权", second + "\t赞成");

		String unnamed = text(download(secretItem, "weimin"));
		assertThat(unnamed).contains("无记名投票", "赞成\t" + quorum).doesNotContain(first).doesNotContain(second);

		assertThat(mvc.perform(get("/meetings/items/" + open.value() + "/votes/result.docx")
			.with(user(users.loadUserByUsername("zhujianju")))).andReturn().getResponse().getStatus()).isEqualTo(403);
	}

	private byte[] download(AgendaItemId item, String who) throws Exception {
		return mvc.perform(get("/meetings/items/" + item.value() + "/votes/result.docx")
			.with(user(users.loadUserByUsername(who)))).andReturn().getResponse().getContentAsByteArray();
	}

	/** Paragraphs, then each table row with its cells joined by tabs. */
	private static String text(byte[] docx) throws Exception {
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
			String paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
			StringBuilder tables = new StringBuilder();
			for (XWPFTable table : doc.getTables()) {
				table.getRows().forEach(r -> tables.append(r.getTableCells().stream().map(c -> c.getText())
					.collect(Collectors.joining("\t"))).append('\n'));
			}
			return paragraphs + "\n" + tables;
		}
	}
}
