package org.lvzhi.legislation.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.legislation.AddDraftVersion;
import org.lvzhi.legislation.CommentDecision;
import org.lvzhi.legislation.CommentId;
import org.lvzhi.legislation.CreateProject;
import org.lvzhi.legislation.DecideComment;
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
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The decisions on public comments as open data: the comment and its decision, never its author. */
@IntegrationTest
class PublicCommentsApiTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	JsonMapper json;
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
	DecideComment decideComment;
	@Autowired
	ModerateComment moderateComment;
	@Autowired
	ProcessStore store;

	@Test
	void aDecidedCommentIsListedWithItsDecisionAndWithoutItsAuthor() throws Exception {
		ProjectId project = createProject.create("太原市测试条例（公开数据）", null);
		DraftId draft = addDraftVersion.add(project, 1, LegislationFixture.FIRST, null, null);
		moveProject.move(project, moveProject.currentVersion(project), ProjectStatus.FIRST_READING,
				LocalDate.of(2040, 3, 1), null, null);
		LocalDate today = LocalDate.now(LegislationYears.CHINA);
		openForComment.open(draft, today.minusDays(10), today.plusDays(20), null);
		CommentId adopted = submitComment.submit(draft, null, "建议增加公开数据的专门规定。", "欧阳公开", "13911112222");
		CommentId hidden = submitComment.submit(draft, null, "这条意见被隐藏了。", "司马隐藏", "13933334444");
		decideComment.decide(adopted, store.comment(adopted).orElseThrow().version(), CommentDecision.ADOPTED,
				"已在第五条中写明。", null);
		moderateComment.hide(hidden, store.comment(hidden).orElseThrow().version(), "含有不当言论", null);

		String body = mvc.perform(get("/api/v1/comment-decisions").param("draft", String.valueOf(draft.value())))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		JsonNode page = json.readTree(body);
		assertThat(page.get("total").asInt()).isEqualTo(1);
		JsonNode row = page.get("items").get(0);
		assertThat(row.get("comment").asString()).isEqualTo("建议增加公开数据的专门规定。");
		assertThat(row.get("decision").asString()).isEqualTo("ADOPTED");
		assertThat(row.get("reason").asString()).isEqualTo("已在第五条中写明。");
		assertThat(row.get("source").asString()).isEqualTo("ONLINE");
		String csv = mvc.perform(get("/api/v1/comment-decisions.csv").param("draft", String.valueOf(draft.value())))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		for (String answer : new String[] { body, csv }) {
			assertThat(answer).contains("建议增加公开数据的专门规定。")
				.doesNotContain("欧阳公开", "13911112222", "司马隐藏", "13933334444", "这条意见被隐藏了。");
		}
		String drafts = mvc.perform(get("/api/v1/drafts").param("state", "OPEN").param("size", "100")).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(drafts).contains("\"id\":" + draft.value());
	}
}
