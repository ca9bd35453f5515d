package org.lvzhi.legislation.network;

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
import org.lvzhi.deadlines.DeadlinePeriod;
import org.lvzhi.deadlines.Deadlines;
import org.lvzhi.legislation.AddDraftVersion;
import org.lvzhi.legislation.AnswerOpinionRequest;
import org.lvzhi.legislation.CommentDecision;
import org.lvzhi.legislation.CommentId;
import org.lvzhi.legislation.CommentSource;
import org.lvzhi.legislation.ContactPointId;
import org.lvzhi.legislation.CreateProject;
import org.lvzhi.legislation.DecideComment;
import org.lvzhi.legislation.DraftId;
import org.lvzhi.legislation.JoinPool;
import org.lvzhi.legislation.LegislationFixture;
import org.lvzhi.legislation.OpinionRequestId;
import org.lvzhi.legislation.PoolMemberId;
import org.lvzhi.legislation.PoolRole;
import org.lvzhi.legislation.ProjectId;
import org.lvzhi.legislation.SendOpinionRequest;
import org.lvzhi.legislation.comments.Comment;
import org.lvzhi.legislation.process.ProcessStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Requests for opinion: sent with a working-day due date, answered as comments, reminded when overdue. */
@IntegrationTest
class OpinionRequestTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	CreateProject createProject;
	@Autowired
	AddDraftVersion addDraftVersion;
	@Autowired
	SendOpinionRequest send;
	@Autowired
	AnswerOpinionRequest answer;
	@Autowired
	RemindOverdueRequests remind;
	@Autowired
	DecideComment decideComment;
	@Autowired
	JoinPool joinPool;
	@Autowired
	ChangePoolMembership changePoolMembership;
	@Autowired
	RequestStore store;
	@Autowired
	ProcessStore process;
	@Autowired
	Deadlines deadlines;
	@Autowired
	JdbcClient jdbc;

	DraftId draft(String title) {
		ProjectId id = createProject.create(title, null);
		return addDraftVersion.add(id, 1, LegislationFixture.FIRST, null, null);
	}

	ContactPointId point() {
		return process.contactPoints().getFirst().id();
	}

	long notices(OpinionRequestId id) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM notifications_notification n JOIN notifications_recipient r ON r.notification_id = n.id
				WHERE n.link = ? AND r.recipient_key = 'office:LEGISLATIVE_AFFAIRS'
				  AND n.message_key = 'process.request.notice.overdue'""")
			.param("/legislation/requests/" + id)
			.query(Long.class)
			.single();
	}

	long audited(OpinionRequestId id, String action) {
		return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'OpinionRequest' AND subject_id = ? AND action = ?")
			.params(id.toString(), action)
			.query(Long.class)
			.single();
	}

	@Test
	void aRequestToAContactPointIsDueInWorkingDaysAndItsAnswerIsACommentOnTheDraft() throws Exception {
		DraftId draft = draft("太原市测试条例（征求意见函）");
		LocalDate sent = LocalDate.of(2026, 9, 28);
		OpinionRequestId id = send.send(draft, point(), List.of(), "关于征求测试条例意见的函", null, sent, 10, null);
		OpinionRequest request = store.find(id).orElseThrow();
		LocalDate due = deadlines.dueDate(sent, DeadlinePeriod.workingDays(10)).date();
		assertThat(request.dueOn()).isEqualTo(due);
		// National Day falls inside: ten working days take more than two calendar weeks.
		assertThat(due).isAfter(sent.plusDays(14));
		assertThat(request.state(due)).isEqualTo(OpinionRequestState.SENT);
		assertThat(request.state(due.plusDays(1))).isEqualTo(OpinionRequestState.OVERDUE);
		assertThat(audited(id, "legislation.request.sent")).isEqualTo(1);

		CommentId comment = answer.answer(id, null, "联系点建议将罚款下限调整为三百元。", "联系点联络员", sent.plusDays(5), null);
		Comment recorded = process.comment(comment).orElseThrow();
		assertThat(recorded.draft()).isEqualTo(draft);
		assertThat(recorded.request()).isEqualTo(id);
		assertThat(recorded.source()).isEqualTo(CommentSource.CONTACT_POINT);
		OpinionRequest answered = store.find(id).orElseThrow();
		assertThat(answered.state(due.plusDays(30))).isEqualTo(OpinionRequestState.ANSWERED);
		assertThat(answered.answeredOn()).isEqualTo(sent.plusDays(5));
		assertThat(answered.answers()).isEqualTo(1);
		assertThat(audited(id, "legislation.request.answered")).isEqualTo(1);

		decideComment.decide(comment, recorded.version(), CommentDecision.PARTLY_ADOPTED, "罚款幅度已作调整。", null);
		byte[] docx = mvc.perform(get("/legislation/drafts/" + draft + "/adoption.docx").with(user("s").roles("STAFF")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
			String text = doc.getTables().getFirst().getText();
			assertThat(text).contains("联系点建议将罚款下限调整为三百元。").contains("罚款幅度已作调整。");
		}
		assertThatThrownBy(() -> answer.answer(id, null, "早于发函", null, sent.minusDays(1), null))
			.hasMessageContaining("process.request.answerBeforeSent");
	}

	@Test
	void aRequestGoesToActivePoolMembersOrToOnePointNeverBoth() {
		DraftId draft = draft("太原市测试条例（咨询库）");
		PoolMemberId a = joinPool.join("测试专家甲", PoolRole.EXPERT, "山西大学", false, LocalDate.of(2045, 1, 1));
		PoolMemberId b = joinPool.join("测试专家乙", PoolRole.EXPERT, "太原理工大学", false, LocalDate.of(2045, 1, 1));
		PoolMemberId paused = joinPool.join("测试专家丙", PoolRole.EXPERT, "中北大学", false, LocalDate.of(2045, 1, 1));
		changePoolMembership.change(paused, 0, PoolStatus.PAUSED, LocalDate.of(2045, 2, 1));
		LocalDate sent = LocalDate.of(2026, 3, 2);
		assertThatThrownBy(() -> send.send(draft, point(), List.of(a), "函", null, sent, 10, null))
			.hasMessageContaining("process.request.addresseeMissing");
		assertThatThrownBy(() -> send.send(draft, null, List.of(), "函", null, sent, 10, null))
			.hasMessageContaining("process.request.addresseeMissing");
		assertThatThrownBy(() -> send.send(draft, null, List.of(a, paused), "函", null, sent, 10, null))
			.hasMessageContaining("process.request.memberInactive");
		assertThatThrownBy(() -> send.send(draft, null, List.of(a), " ", null, sent, 10, null))
			.hasMessageContaining("process.request.subjectMissing");
		assertThatThrownBy(() -> send.send(draft, null, List.of(a), "函", null, sent, 0, null))
			.hasMessageContaining("process.request.daysInvalid");

		OpinionRequestId id = send.send(draft, null, List.of(a, b), "关于征求专家意见的函", null, sent, 5, null);
		OpinionRequest request = store.find(id).orElseThrow();
		assertThat(request.members()).containsExactly(a, b);
		assertThat(request.addressedTo()).isEqualTo("测试专家甲、测试专家乙");
		CommentId comment = answer.answer(id, null, "专家建议删去第六条。", "测试专家甲", sent.plusDays(3), null);
		assertThat(process.comment(comment).orElseThrow().source()).isEqualTo(CommentSource.EXPERT);
	}

	@Test
	void overdueRequestsAreRemindedOnceAWeekAndAnsweredOnesNever() {
		DraftId draft = draft("太原市测试条例（逾期提醒）");
		LocalDate sent = LocalDate.of(2025, 3, 3);
		OpinionRequestId late = send.send(draft, point(), List.of(), "逾期的函", null, sent, 5, null);
		OpinionRequestId done = send.send(draft, point(), List.of(), "已答复的函", null, sent, 5, null);
		answer.answer(done, null, "按期答复。", null, sent.plusDays(2), null);
		LocalDate due = store.find(late).orElseThrow().dueOn();

		remind.remindOverdue(due);
		assertThat(notices(late)).isZero();
		remind.remindOverdue(due.plusDays(1));
		assertThat(notices(late)).isEqualTo(1);
		assertThat(store.find(late).orElseThrow().remindedOn()).isEqualTo(due.plusDays(1));
		remind.remindOverdue(due.plusDays(3));
		assertThat(notices(late)).isEqualTo(1);
		remind.remindOverdue(due.plusDays(8));
		assertThat(notices(late)).isEqualTo(2);
		assertThat(notices(done)).isZero();
		assertThat(audited(late, "legislation.request.reminded")).isEqualTo(2);

		assertThat(store.page(OpinionRequestState.OVERDUE, null, draft, due.plusDays(1), 1, 20).items())
			.extracting(OpinionRequest::id).containsExactly(late);
		assertThat(store.page(OpinionRequestState.ANSWERED, null, draft, due.plusDays(1), 1, 20).items())
			.extracting(OpinionRequest::id).containsExactly(done);
		assertThat(store.page(OpinionRequestState.SENT, null, draft, due, 1, 20).items())
			.extracting(OpinionRequest::id).containsExactly(late);
	}

	@Test
	void staffSendAndAnswerFromThePagesAndTheDraftShowsItsRequests() throws Exception {
		DraftId draft = draft("太原市测试条例（函页面）");
		long point = point().value();
		String location = mvc.perform(post("/legislation/drafts/" + draft + "/requests").param("contactPoint", Long.toString(point))
				.param("subject", "页面发出的函").param("sentOn", "2026-11-02").param("workingDays", "10")
				.with(user("s").roles("STAFF")).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).matches("/legislation/requests/\\d+");
		for (String lang : new String[] { "zh_CN", "en" }) {
			String list = mvc.perform(get("/legislation/requests").param("draft", draft.toString()).param("lang", lang)
					.with(user("s").roles("STAFF")))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			assertThat(list).contains("页面发出的函").contains(location).contains("id=\"request-form\"");
			mvc.perform(get(location).param("lang", lang).with(user("s").roles("STAFF"))).andExpect(status().isOk());
		}
		mvc.perform(post(location + "/answers").param("body", "页面录入的答复。").param("receivedOn", "2026-11-05")
				.with(user("s").roles("STAFF")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		String page = mvc.perform(get(location).with(user("s").roles("STAFF"))).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("页面录入的答复。").contains("已答复");
		String draftPage = mvc.perform(get("/legislation/drafts/" + draft).with(user("s").roles("STAFF")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(draftPage).contains("征求意见函（1份）");
		mvc.perform(get("/legislation/requests").with(user("d").roles("DEPUTY"))).andExpect(status().isForbidden());
		mvc.perform(post(location + "/answers").param("body", "x").param("receivedOn", "2026-11-05")
				.with(user("p").roles("PUBLIC")).with(csrf()))
			.andExpect(status().isForbidden());
	}
}
