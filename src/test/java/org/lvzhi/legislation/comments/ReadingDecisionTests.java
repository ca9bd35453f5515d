package org.lvzhi.legislation.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.legislation.AddDraftVersion;
import org.lvzhi.legislation.CommentDecision;
import org.lvzhi.legislation.CommentId;
import org.lvzhi.legislation.CommentSource;
import org.lvzhi.legislation.CreateProject;
import org.lvzhi.legislation.DecideComment;
import org.lvzhi.legislation.DraftId;
import org.lvzhi.legislation.LegislationFixture;
import org.lvzhi.legislation.ProjectId;
import org.lvzhi.legislation.RecordOfflineComment;
import org.lvzhi.legislation.drafts.DraftStore;
import org.lvzhi.legislation.drafts.DraftVersion;
import org.lvzhi.legislation.process.ProcessStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Comment decisions followed from reading to reading: kept, carried forward, revised, reported per reading. */
@IntegrationTest
class ReadingDecisionTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	CreateProject createProject;
	@Autowired
	AddDraftVersion addDraftVersion;
	@Autowired
	RecordOfflineComment recordOfflineComment;
	@Autowired
	DecideComment decideComment;
	@Autowired
	ProcessStore store;
	@Autowired
	DraftStore drafts;
	@Autowired
	EarlierComments earlierComments;
	@Autowired
	JdbcClient jdbc;

	int seqOf(DraftId draft, String label) {
		var units = drafts.text(draft).units();
		for (int i = 0; i < units.size(); i++) {
			if (units.get(i).isArticle() && units.get(i).label().equals(label)) {
				return i;
			}
		}
		throw new AssertionError(label);
	}

	CommentId comment(DraftId draft, String article, String body) {
		return recordOfflineComment.record(draft, seqOf(draft, article), body, null, CommentSource.LETTER, null, null, null,
				LocalDate.of(2040, 3, 10), null);
	}

	int version(CommentId id) {
		return store.comment(id).orElseThrow().version();
	}

	static String docxTable(byte[] docx) throws Exception {
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
			return doc.getTables().getFirst().getText();
		}
	}

	@Test
	void aDecisionIsKeptForItsReadingCarriedForwardOrRevisedForTheNext() throws Exception {
		ProjectId project = createProject.create("太原市测试条例（跨审次处理）", null);
		DraftId first = addDraftVersion.add(project, 1, LegislationFixture.FIRST, null, null);
		// 第三条 of the first reading (the department in charge) becomes 第六条 in the second.
		CommentId moved = comment(first, "第三条", "建议明确园林绿化主管部门的具体职责。");
		CommentId kept = comment(first, "第五条", "建议提高罚款数额。");
		CommentId whole = recordOfflineComment.record(first, null, "建议增加绿地认建认养的规定。", null, CommentSource.EXPERT,
				null, null, null, LocalDate.of(2040, 3, 11), null);
		decideComment.decide(moved, version(moved), CommentDecision.ADOPTED, null, null);
		decideComment.decide(kept, version(kept), CommentDecision.ADOPTED, null, null);

		DraftId second = addDraftVersion.add(project, 2, LegislationFixture.SECOND, null, null);
		DraftVersion secondVersion = drafts.version(second).orElseThrow();
		List<EarlierComments.Row> rows = earlierComments.of(secondVersion);
		EarlierComments.Row movedRow = rows.stream().filter(r -> r.comment().id().equals(moved)).findFirst().orElseThrow();
		assertThat(movedRow.articleThen()).isEqualTo("第三条");
		assertThat(movedRow.articleNow()).isEqualTo("第六条");
		assertThat(movedRow.earlier()).extracting(ProcessStore.DecisionRow::decision).containsExactly(CommentDecision.ADOPTED);
		assertThat(movedRow.now()).isNull();
		EarlierComments.Row keptRow = rows.stream().filter(r -> r.comment().id().equals(kept)).findFirst().orElseThrow();
		assertThat(keptRow.articleNow()).isEqualTo("第五条");
		EarlierComments.Row wholeRow = rows.stream().filter(r -> r.comment().id().equals(whole)).findFirst().orElseThrow();
		assertThat(wholeRow.articleNow()).isNull();
		assertThat(wholeRow.gone()).isFalse();

		// Nothing to carry for a comment never decided; no decision for the reading it was made on or another project's.
		assertThatThrownBy(() -> decideComment.carryForward(whole, second, version(whole), null))
			.hasMessageContaining("process.comment.nothingToCarry");
		assertThatThrownBy(() -> decideComment.decideFor(kept, first, version(kept), CommentDecision.ADOPTED, null, null))
			.hasMessageContaining("process.comment.notALaterReading");
		ProjectId other = createProject.create("太原市测试条例（另一项目）", null);
		DraftId foreign = addDraftVersion.add(other, 2, LegislationFixture.SECOND, null, null);
		assertThatThrownBy(() -> decideComment.decideFor(kept, foreign, version(kept), CommentDecision.ADOPTED, null, null))
			.hasMessageContaining("process.comment.notALaterReading");

		decideComment.carryForward(moved, second, version(moved), null);
		decideComment.decideFor(kept, second, version(kept), CommentDecision.NOT_ADOPTED, "二审稿已调整罚款幅度，不再提高。", null);

		assertThat(store.decisions(moved)).extracting(ProcessStore.DecisionRow::reading, ProcessStore.DecisionRow::decision,
				ProcessStore.DecisionRow::carried)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, CommentDecision.ADOPTED, false),
					org.assertj.core.groups.Tuple.tuple(2, CommentDecision.ADOPTED, true));
		assertThat(store.decisions(kept)).extracting(ProcessStore.DecisionRow::decision)
			.containsExactly(CommentDecision.ADOPTED, CommentDecision.NOT_ADOPTED);
		// The comment shows its latest decision; revising the first reading's does not undo the second's.
		assertThat(store.comment(kept).orElseThrow().decision()).isEqualTo(CommentDecision.NOT_ADOPTED);
		decideComment.decide(kept, version(kept), CommentDecision.PARTLY_ADOPTED, "一审时部分采纳。", null);
		assertThat(store.comment(kept).orElseThrow().decision()).isEqualTo(CommentDecision.NOT_ADOPTED);
		assertThat(store.decisions(kept)).extracting(ProcessStore.DecisionRow::decision)
			.containsExactly(CommentDecision.PARTLY_ADOPTED, CommentDecision.NOT_ADOPTED);
		long audited = jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'DraftComment' AND subject_id = ?"
				+ " AND action IN ('legislation.comment.carried', 'legislation.comment.revised')")
			.param(moved.toString()).query(Long.class).single()
				+ jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'DraftComment' AND subject_id = ?"
						+ " AND action = 'legislation.comment.revised'").param(kept.toString()).query(Long.class).single();
		assertThat(audited).isEqualTo(2);

		// Each reading's adoption report lists the comments decided for it, with that reading's decision.
		String secondReport = docxTable(mvc.perform(get("/legislation/drafts/" + second + "/adoption.docx")
				.with(user("s").roles("STAFF"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
		assertThat(secondReport).contains("建议明确园林绿化主管部门的具体职责。").contains("建议提高罚款数额。")
			.contains("二审稿已调整罚款幅度，不再提高。").doesNotContain("建议增加绿地认建认养的规定。");
		String firstReport = docxTable(mvc.perform(get("/legislation/drafts/" + first + "/adoption.docx")
				.with(user("s").roles("STAFF"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
		assertThat(firstReport).contains("一审时部分采纳。").doesNotContain("二审稿已调整罚款幅度")
			.contains("建议增加绿地认建认养的规定。");
	}

	@Test
	void staffCarryEveryOpenEarlierDecisionForwardAtOnce() throws Exception {
		ProjectId project = createProject.create("太原市测试条例（全部沿用）", null);
		DraftId first = addDraftVersion.add(project, 1, LegislationFixture.FIRST, null, null);
		CommentId a = comment(first, "第一条", "建议增加立法目的中的生态文明表述。");
		CommentId b = comment(first, "第四条", "建议明确擅自移植树木的情形。");
		CommentId open = comment(first, "第六条", "建议明确施行日期。");
		decideComment.decide(a, version(a), CommentDecision.ADOPTED, null, null);
		decideComment.decide(b, version(b), CommentDecision.NOT_ADOPTED, "已有规定。", null);
		DraftId second = addDraftVersion.add(project, 2, LegislationFixture.SECOND, null, null);
		decideComment.decideFor(b, second, version(b), CommentDecision.ADOPTED, null, null);

		mvc.perform(post("/legislation/drafts/" + second + "/carry-all").with(user("s").roles("STAFF")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(r -> assertThat(r.getFlashMap().get("successArgs")).isEqualTo(new Object[] { 1 }));
		assertThat(store.decisions(a)).extracting(ProcessStore.DecisionRow::reading, ProcessStore.DecisionRow::carried)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, false), org.assertj.core.groups.Tuple.tuple(2, true));
		// A decision already taken for this reading is left as it is; an undecided comment has nothing to carry.
		assertThat(store.decisions(b)).extracting(ProcessStore.DecisionRow::decision)
			.containsExactly(CommentDecision.NOT_ADOPTED, CommentDecision.ADOPTED);
		assertThat(store.decisions(open)).isEmpty();
		assertThat(decideComment.carryAllForward(second, null)).isZero();
	}

	@Test
	void theDecisionPageOfALaterReadingShowsEarlierDecisionsAndTakesNewOnes() throws Exception {
		ProjectId project = createProject.create("太原市测试条例（审次页面）", null);
		DraftId first = addDraftVersion.add(project, 1, LegislationFixture.FIRST, null, null);
		CommentId c = comment(first, "第二条", "建议将城市规划区以外的绿地也纳入适用范围。");
		decideComment.decide(c, version(c), CommentDecision.NOT_ADOPTED, "超出本条例调整范围。", null);
		String firstPage = mvc.perform(get("/legislation/drafts/" + first + "/comments").with(user("s").roles("STAFF")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(firstPage).contains("<p class=\"mb-1 small decision\"><span class=\"badge text-bg-success\">未采纳</span>");
		DraftId second = addDraftVersion.add(project, 2, LegislationFixture.SECOND, null, null);
		for (String lang : new String[] { "zh_CN", "en" }) {
			String page = mvc.perform(get("/legislation/drafts/" + second + "/comments").param("lang", lang)
					.with(user("s").roles("STAFF")))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			assertThat(page).contains("id=\"e" + c + "\"").contains("超出本条例调整范围。").contains("第三条");
		}
		mvc.perform(post("/legislation/comments/" + c + "/decide-for").param("draft", second.toString())
				.param("version", Integer.toString(version(c))).param("decision", "PARTLY_ADOPTED")
				.param("reason", "二审稿第三条作了衔接。").with(user("s").roles("STAFF")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(store.decisions(c)).extracting(ProcessStore.DecisionRow::decision)
			.containsExactly(CommentDecision.NOT_ADOPTED, CommentDecision.PARTLY_ADOPTED);
		mvc.perform(post("/legislation/comments/" + c + "/carry").param("draft", second.toString())
				.param("version", Integer.toString(version(c))).with(user("m").roles("MEMBER")).with(csrf()))
			.andExpect(status().isForbidden());
	}
}
