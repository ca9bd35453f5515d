package org.lvzhi.legislation.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.legislation.AddDraftVersion;
import org.lvzhi.legislation.CommentDecision;
import org.lvzhi.legislation.CommentId;
import org.lvzhi.legislation.CreateProject;
import org.lvzhi.legislation.DraftId;
import org.lvzhi.legislation.LegislationFixture;
import org.lvzhi.legislation.MoveProject;
import org.lvzhi.legislation.OpenForComment;
import org.lvzhi.legislation.ProjectId;
import org.lvzhi.legislation.ProjectStatus;
import org.lvzhi.legislation.SubmitComment;
import org.lvzhi.legislation.internal.LegislationYears;
import org.lvzhi.legislation.process.ProcessStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The same point made many times: near-duplicate comments on a draft form a group, staff decide
 * the group at once (each comment keeping its author and getting the decision, audited one by
 * one), and the adoption report says how many comments made the point.
 */
@IntegrationTest
class CommentGroupTests {

	static final String POINT = "建议在第五条中明确禁止在城市绿地内擅自砍伐树木，并提高罚款数额，以加强对城市绿地的保护。";

	@Autowired
	MockMvc mvc;
	@Autowired
	CreateProject createProject;
	@Autowired
	AddDraftVersion addDraftVersion;
	@Autowired
	MoveProject moveProject;
	@Autowired
	OpenForComment openForComment;
	@Autowired
	SubmitComment submitComment;
	@Autowired
	CommentGroups groups;
	@Autowired
	ProcessStore store;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	UserDetailsService users;

	DraftId openDraft(String title) {
		ProjectId id = createProject.create(title, null);
		DraftId draft = addDraftVersion.add(id, 1, LegislationFixture.FIRST, null, null);
		moveProject.move(id, moveProject.currentVersion(id), ProjectStatus.FIRST_READING, LocalDate.of(2040, 3, 1), null,
				null);
		LocalDate today = LocalDate.now(LegislationYears.CHINA);
		openForComment.open(draft, today.minusDays(10), today.plusDays(20), null);
		return draft;
	}

	record Campaign(DraftId draft, List<CommentId> same, CommentId other, CommentId another) {
	}

	Campaign campaign(String title) {
		DraftId draft = openDraft(title);
		CommentId a = submitComment.submit(draft, null, POINT, "张一", "13800000001");
		CommentId b = submitComment.submit(draft, null, "建议第五条明确禁止在城市绿地内擅自砍伐树木，并提高罚款数额，加强城市绿地保护。", "王二",
				"13800000002");
		CommentId c = submitComment.submit(draft, null, POINT + "望采纳。", null, null);
		// The same text again, typed with other punctuation.
		CommentId d = submitComment.submit(draft, null, POINT.replace("，", " ").replace("。", "！"), "孙五", null);
		CommentId other = submitComment.submit(draft, null, "建议增加古树名木保护的专门规定，建立古树名木档案和挂牌保护制度。", "李三",
				"13800000003");
		CommentId another = submitComment.submit(draft, null, "建议明确行道树修剪的责任主体和修剪时间，避免在鸟类繁殖期大规模修剪。", "赵四",
				null);
		return new Campaign(draft, List.of(a, b, c, d), other, another);
	}

	@Test
	void nearDuplicatesOnADraftFormOneGroupAndOtherPointsNone() {
		Campaign campaign = campaign("太原市测试条例（相同意见归并）");
		List<CommentGroups.Group> found = groups.ofDraft(campaign.draft());
		assertThat(found).hasSize(1);
		assertThat(found.getFirst().comments()).extracting(Comment::id)
			.containsExactlyElementsOf(campaign.same());
		assertThat(found.getFirst().first().authorName()).isEqualTo("张一");

		// The same words on another draft are another draft's matter.
		Campaign elsewhere = campaign("太原市测试条例（相同意见归并，另一草案）");
		assertThat(groups.ofDraft(campaign.draft()).getFirst().comments()).extracting(Comment::id)
			.containsExactlyElementsOf(campaign.same());
		assertThat(groups.ofDraft(elsewhere.draft()).getFirst().comments()).extracting(Comment::id)
			.containsExactlyElementsOf(elsewhere.same());
	}

	@Test
	void staffDecideAGroupAtOnceEachCommentKeepingItsAuthorAndItsOwnAuditedDecision() throws Exception {
		Campaign campaign = campaign("太原市测试条例（归并处理）");
		var staff = user(users.loadUserByUsername("bangongting"));
		String fragment = mvc.perform(get("/legislation/drafts/" + campaign.draft() + "/comment-groups").with(staff))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(fragment).contains("4 条意见提出了这一点").contains("/comment-groups/decide");
		String page = mvc.perform(get("/legislation/drafts/" + campaign.draft() + "/comments").with(staff))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("hx-get=\"/legislation/drafts/" + campaign.draft() + "/comment-groups\"");

		List<String> authorsBefore = campaign.same().stream().map(id -> store.comment(id).orElseThrow().authorName()).toList();
		List<String> bodiesBefore = campaign.same().stream().map(id -> store.comment(id).orElseThrow().body()).toList();
		var decide = post("/legislation/drafts/" + campaign.draft() + "/comment-groups/decide").with(csrf())
			.param("decision", CommentDecision.PARTLY_ADOPTED.name())
			.param("reason", "禁止擅自砍伐已有规定，罚款数额适当提高。");
		for (CommentId id : campaign.same()) {
			decide.param("comment", id.toString()).param("version", String.valueOf(store.comment(id).orElseThrow().version()));
		}
		mvc.perform(decide.with(staff)).andExpect(status().is3xxRedirection());

		List<Comment> after = campaign.same().stream().map(id -> store.comment(id).orElseThrow()).toList();
		assertThat(after).allSatisfy(c -> {
			assertThat(c.decision()).isEqualTo(CommentDecision.PARTLY_ADOPTED);
			assertThat(c.decisionReason()).isEqualTo("禁止擅自砍伐已有规定，罚款数额适当提高。");
		});
		assertThat(after).extracting(Comment::authorName).containsExactlyElementsOf(authorsBefore).contains("张一", "王二", "孙五");
		assertThat(after).extracting(Comment::body).containsExactlyElementsOf(bodiesBefore);
		assertThat(store.comment(campaign.other()).orElseThrow().decision()).isNull();
		for (CommentId id : campaign.same()) {
			assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'legislation.comment.decided' AND subject_id = :id")
				.param("id", id.toString()).query(Long.class).single()).isEqualTo(1);
		}
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'legislation.comment.groupDecided' AND subject_id = :id")
			.param("id", campaign.draft().toString()).query(Long.class).single()).isEqualTo(1);

		// A comment of another draft cannot be slipped into the group.
		Campaign elsewhere = campaign("太原市测试条例（归并处理，另一草案）");
		CommentId foreign = elsewhere.other();
		mvc.perform(post("/legislation/drafts/" + campaign.draft() + "/comment-groups/decide").with(csrf())
			.param("decision", "ADOPTED").param("comment", foreign.toString())
			.param("version", String.valueOf(store.comment(foreign).orElseThrow().version())).with(staff))
			.andExpect(status().isNotFound());
		assertThat(store.comment(foreign).orElseThrow().decision()).isNull();
		// A reason is still needed for a group not (fully) adopted, and then nothing is decided.
		CommentId x = elsewhere.same().get(0);
		mvc.perform(post("/legislation/drafts/" + elsewhere.draft() + "/comment-groups/decide").with(csrf())
			.param("decision", "NOT_ADOPTED").param("comment", x.toString())
			.param("version", String.valueOf(store.comment(x).orElseThrow().version())).with(staff))
			.andExpect(status().is3xxRedirection());
		assertThat(store.comment(x).orElseThrow().decision()).isNull();

		mvc.perform(get("/legislation/drafts/" + campaign.draft() + "/comment-groups").with(user("d").roles("DEPUTY")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/legislation/drafts/" + campaign.draft() + "/comment-groups/decide").with(csrf())
			.param("decision", "ADOPTED").with(user("u").roles("UNIT"))).andExpect(status().isForbidden());
	}

	@Test
	void theAdoptionReportSaysHowManyCommentsMadeEachPoint() throws Exception {
		Campaign campaign = campaign("太原市测试条例（采纳情况归并）");
		byte[] docx = mvc.perform(get("/legislation/drafts/" + campaign.draft() + "/adoption.docx")
			.with(user(users.loadUserByUsername("bangongting")))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
			assertThat(doc.getTables()).hasSize(2);
			XWPFTable grouped = doc.getTables().get(1);
			assertThat(grouped.getRows()).hasSize(2);
			assertThat(grouped.getRow(1).getCell(0).getText()).isEqualTo(POINT);
			assertThat(grouped.getRow(1).getCell(1).getText()).isEqualTo("4");
			assertThat(grouped.getRow(1).getCell(2).getText()).isEqualTo("1、2、3、4");
			assertThat(grouped.getRow(1).getCell(3).getText()).isEqualTo("待研究");
			String all = doc.getParagraphs().stream().map(p -> p.getText()).collect(Collectors.joining("\n"));
			assertThat(all).contains("相同意见归并情况");
		}
	}
}
