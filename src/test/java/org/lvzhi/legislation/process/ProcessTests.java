package org.lvzhi.legislation.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.lvzhi.AnonymousClient;
import org.lvzhi.IntegrationTest;
import org.lvzhi.legislation.ActivityId;
import org.lvzhi.legislation.ActivityKind;
import org.lvzhi.legislation.AddContactPoint;
import org.lvzhi.legislation.AddDraftVersion;
import org.lvzhi.legislation.CommentDecision;
import org.lvzhi.legislation.CommentId;
import org.lvzhi.legislation.CommentSource;
import org.lvzhi.legislation.ContactPointKind;
import org.lvzhi.legislation.CreateProject;
import org.lvzhi.legislation.DecideComment;
import org.lvzhi.legislation.DraftId;
import org.lvzhi.legislation.JoinPool;
import org.lvzhi.legislation.LegislationException;
import org.lvzhi.legislation.LegislationFixture;
import org.lvzhi.legislation.MoveProject;
import org.lvzhi.legislation.OpenForComment;
import org.lvzhi.legislation.PlanLegislation;
import org.lvzhi.legislation.PlanSubject;
import org.lvzhi.legislation.PoolMemberId;
import org.lvzhi.legislation.PoolRole;
import org.lvzhi.legislation.ProjectId;
import org.lvzhi.legislation.ProjectKind;
import org.lvzhi.legislation.ProjectStatus;
import org.lvzhi.legislation.RecordActivity;
import org.lvzhi.legislation.RecordOfflineComment;
import org.lvzhi.legislation.RecordVote;
import org.lvzhi.legislation.SubmitComment;
import org.lvzhi.legislation.comments.Comment;
import org.lvzhi.legislation.comments.ModerateComment;
import org.lvzhi.legislation.drafts.DraftStore;
import org.lvzhi.legislation.internal.LegislationYears;
import org.lvzhi.legislation.network.ChangePoolMembership;
import org.lvzhi.legislation.network.PoolMember;
import org.lvzhi.legislation.network.PoolStatus;
import org.lvzhi.reporting.Figure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The readings workflow, the vote, public comment and its moderation, decisions, and the figures. */
@IntegrationTest
class ProcessTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	CreateProject createProject;
	@Autowired
	AddDraftVersion addDraftVersion;
	@Autowired
	MoveProject moveProject;
	@Autowired
	RecordVote recordVote;
	@Autowired
	OpenForComment openForComment;
	@Autowired
	SubmitComment submitComment;
	@Autowired
	RecordOfflineComment recordOfflineComment;
	@Autowired
	ModerateComment moderateComment;
	@Autowired
	DecideComment decideComment;
	@Autowired
	ProcessStore store;
	@Autowired
	DraftStore drafts;
	@Autowired
	RecordActivity recordActivity;
	@Autowired
	AddContactPoint addContactPoint;
	@Autowired
	JoinPool joinPool;
	@Autowired
	ChangePoolMembership changePoolMembership;
	@Autowired
	List<Figure> figures;
	@Autowired
	JdbcClient jdbc;

	static RequestPostProcessor staff() {
		// The legislative office (法工委): it records votes, reads contacts and publishes to the library.
		return user("process-staff").authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_STAFF"),
				new org.springframework.security.core.authority.SimpleGrantedAuthority("OFFICE_LEGISLATIVE_AFFAIRS"));
	}

	ProjectStatus statusOf(ProjectId id) {
		return store.process(id).orElseThrow().status();
	}

	int version(ProjectId id) {
		return store.process(id).orElseThrow().version();
	}

	void move(ProjectId id, ProjectStatus to) {
		moveProject.move(id, version(id), to, LocalDate.of(2040, 3, 1), to == ProjectStatus.PROMULGATED ? "公告第1号" : null,
				null);
	}

	ProjectId projectAtSecondReading(String title) {
		ProjectId id = createProject.create(title, null);
		addDraftVersion.add(id, 1, LegislationFixture.FIRST, null, null);
		move(id, ProjectStatus.FIRST_READING);
		move(id, ProjectStatus.PUBLIC_COMMENT);
		move(id, ProjectStatus.SECOND_READING);
		return id;
	}

	/** A draft open for comment from ten days ago for thirty days. */
	DraftId openDraft(String title) {
		ProjectId id = createProject.create(title, null);
		DraftId draft = addDraftVersion.add(id, 1, LegislationFixture.FIRST, null, null);
		move(id, ProjectStatus.FIRST_READING);
		LocalDate today = LocalDate.now(LegislationYears.CHINA);
		openForComment.open(draft, today.minusDays(10), today.plusDays(20), null);
		return draft;
	}

	int seqOf(DraftId draft, String label) {
		var units = drafts.text(draft).units();
		for (int i = 0; i < units.size(); i++) {
			if (units.get(i).isArticle() && units.get(i).label().equals(label)) {
				return i;
			}
		}
		throw new AssertionError(label);
	}

	@Test
	void aProjectGoesFromDraftingToEvaluationAndEveryMoveIsInTheTimeline() {
		ProjectId id = projectAtSecondReading("太原市测试条例（全程）");
		move(id, ProjectStatus.THIRD_READING);
		assertThat(recordVote.record(id, version(id), LocalDate.of(2040, 6, 28), 40, 3, 2, 50, null)).isTrue();
		ProjectProcess voted = store.process(id).orElseThrow();
		assertThat(voted.status()).isEqualTo(ProjectStatus.PASSED);
		assertThat(voted.approvalDue()).isAfterOrEqualTo(LocalDate.of(2040, 10, 28));
		move(id, ProjectStatus.APPROVED);
		move(id, ProjectStatus.PROMULGATED);
		assertThat(store.process(id).orElseThrow().filingDue()).isAfterOrEqualTo(LocalDate.of(2040, 3, 31));
		move(id, ProjectStatus.FILED);
		move(id, ProjectStatus.IN_FORCE);
		move(id, ProjectStatus.EVALUATED);
		assertThat(store.timeline(id)).extracting(TimelineEntry::to)
			.containsExactly(ProjectStatus.UNDER_READING, ProjectStatus.FIRST_READING, ProjectStatus.PUBLIC_COMMENT,
					ProjectStatus.SECOND_READING, ProjectStatus.THIRD_READING, ProjectStatus.PASSED, ProjectStatus.APPROVED,
					ProjectStatus.PROMULGATED, ProjectStatus.FILED, ProjectStatus.IN_FORCE, ProjectStatus.EVALUATED);
		long audited = jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'LegislativeProject' AND subject_id = ?")
			.param(id.toString())
			.query(Long.class)
			.single();
		assertThat(audited).isGreaterThanOrEqualTo(10);
	}

	@Test
	void illegalMovesAreRefusedAndAStaleVersionConflicts() {
		ProjectId id = createProject.create("太原市测试条例（非法）", null);
		assertThatThrownBy(() -> moveProject.move(id, version(id), ProjectStatus.PROMULGATED, LocalDate.of(2023, 1, 1),
				"x", null)).isInstanceOf(LegislationException.class).hasMessageContaining("process.move.illegal");
		assertThatThrownBy(() -> recordVote.record(id, version(id), LocalDate.of(2023, 1, 1), 40, 0, 0, 50, null))
			.isInstanceOf(LegislationException.class).hasMessageContaining("process.vote.notNow");
		int stale = version(id);
		move(id, ProjectStatus.FIRST_READING);
		assertThatThrownBy(() -> moveProject.move(id, stale, ProjectStatus.SHELVED, LocalDate.of(2023, 1, 2), null, null))
			.isInstanceOf(OptimisticLockingFailureException.class);
		move(id, ProjectStatus.WITHDRAWN);
		assertThat(ProjectStatus.WITHDRAWN.next()).isEmpty();
		assertThat(statusOf(id)).isEqualTo(ProjectStatus.WITHDRAWN);
	}

	@Test
	void exactlyHalfOfAllMembersIsNotAMajority() {
		assertThat(RecordVote.passes(25, 50)).isFalse();
		assertThat(RecordVote.passes(26, 50)).isTrue();
		assertThat(RecordVote.passes(25, 49)).isTrue();
		ProjectId half = projectAtSecondReading("太原市测试条例（半数）");
		assertThat(recordVote.record(half, version(half), LocalDate.of(2040, 5, 1), 25, 0, 0, 50, null)).isFalse();
		assertThat(statusOf(half)).isEqualTo(ProjectStatus.VOTE_FAILED);
		assertThat(store.process(half).orElseThrow().approvalDue()).isNull();
		ProjectId more = projectAtSecondReading("太原市测试条例（过半）");
		// 26 of 50 members pass even though fewer were present.
		assertThat(recordVote.record(more, version(more), LocalDate.of(2040, 5, 1), 26, 1, 1, 50, null)).isTrue();
		assertThatThrownBy(() -> recordVote.record(more, version(more), LocalDate.of(2040, 5, 1), 26, 1, 1, 50, null))
			.isInstanceOf(LegislationException.class);
		ProjectId wrong = projectAtSecondReading("太原市测试条例（票数）");
		assertThatThrownBy(() -> recordVote.record(wrong, version(wrong), LocalDate.of(2040, 5, 1), 40, 10, 1, 50, null))
			.isInstanceOf(LegislationException.class).hasMessageContaining("process.vote.numbers");
	}

	@Test
	void theCommentPeriodIsAtLeastThirtyDaysAndCommentsOutsideItAreRefused() {
		ProjectId id = createProject.create("太原市测试条例（期限）", null);
		DraftId draft = addDraftVersion.add(id, 1, LegislationFixture.FIRST, null, null);
		LocalDate today = LocalDate.now(LegislationYears.CHINA);
		assertThatThrownBy(() -> openForComment.open(draft, today, today.plusDays(28), null))
			.hasMessageContaining("process.comment.tooShort");
		assertThatThrownBy(() -> submitComment.submit(draft, null, "意见", null, null))
			.hasMessageContaining("process.comment.notOpen");
		openForComment.open(draft, today.minusDays(40), today.minusDays(1), null);
		assertThatThrownBy(() -> submitComment.submit(draft, null, "意见", null, null))
			.hasMessageContaining("process.comment.closed");

		DraftId later = addDraftVersion.add(id, 2, LegislationFixture.SECOND, null, null);
		openForComment.open(later, today.plusDays(1), today.plusDays(31), null);
		assertThatThrownBy(() -> submitComment.submit(later, null, "意见", null, null))
			.hasMessageContaining("process.comment.notYet");
	}

	@Test
	void theMemberOfThePublicCommentsOnAnArticleAndTheContactStaysPrivate() throws Exception {
		DraftId draft = openDraft("太原市测试条例（公开）");
		int fifth = seqOf(draft, "第五条");
		mvc.perform(AnonymousClient.fresh(mvc).post("/public/drafts/" + draft, "/public/drafts/" + draft + "/comments")
			.param("article", Integer.toString(fifth))
			.param("body", "建议提高罚款数额，加大对毁坏树木行为的处罚。").param("name", "市民甲").param("contact", "13900001111"))
			.andExpect(status().is3xxRedirection());
		Comment comment = store.comments(draft).getFirst();
		assertThat(comment.articleLabel()).isEqualTo("第五条");
		assertThat(comment.contact()).isEqualTo("13900001111");
		decideComment.decide(comment.id(), comment.version(), CommentDecision.ADOPTED, null, null);

		String page = mvc.perform(get("/public/drafts/" + draft)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("第五条", "id=\"comment-form\"").doesNotContain("13900001111");
		String feedback = mvc.perform(get("/public/drafts/" + draft + "/feedback")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(feedback).contains("建议提高罚款数额", "采纳").doesNotContain("13900001111", "市民甲");
		String staffPage = mvc.perform(get("/legislation/drafts/" + draft + "/comments").with(staff()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(staffPage).contains("13900001111");
	}

	@Test
	void hiddenCommentsLeaveThePublicPagesButAreKeptAndCounted() throws Exception {
		DraftId draft = openDraft("太原市测试条例（屏蔽）");
		CommentId bad = submitComment.submit(draft, null, "辱骂性内容XYZ", null, null);
		assertThatThrownBy(() -> moderateComment.hide(bad, 0, " ", null)).hasMessageContaining("process.comment.hideReasonMissing");
		moderateComment.hide(bad, 0, "含有辱骂内容", null);
		Comment kept = store.comment(bad).orElseThrow();
		assertThat(kept.hidden()).isTrue();
		assertThat(kept.body()).isEqualTo("辱骂性内容XYZ");
		String feedback = mvc.perform(get("/public/drafts/" + draft + "/feedback")).andReturn().getResponse()
			.getContentAsString();
		assertThat(feedback).doesNotContain("辱骂性内容XYZ");
		assertThat(store.comments(draft)).hasSize(1);
	}

	@Test
	void staffDecideOnEveryCommentAndTheAdoptionReportListsThem() throws Exception {
		DraftId draft = openDraft("太原市测试条例（采纳）");
		CommentId online = submitComment.submit(draft, seqOf(draft, "第四条"), "建议增加古树名木保护规定。", null, null);
		CommentId letter = recordOfflineComment.record(draft, null, "建议明确绿地率指标。", "某单位", CommentSource.LETTER, null,
				null, "来信", LocalDate.now(LegislationYears.CHINA), null);
		assertThatThrownBy(() -> decideComment.decide(letter, 0, CommentDecision.NOT_ADOPTED, "", null))
			.hasMessageContaining("process.comment.reasonMissing");
		decideComment.decide(online, 0, CommentDecision.ADOPTED, null, null);
		decideComment.decide(letter, 0, CommentDecision.NOT_ADOPTED, "已在规划条例中规定。", null);
		assertThatThrownBy(() -> decideComment.decide(letter, 0, CommentDecision.ADOPTED, null, null))
			.isInstanceOf(OptimisticLockingFailureException.class);

		byte[] docx = mvc.perform(get("/legislation/drafts/" + draft + "/adoption.docx").with(staff()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
			String cells = doc.getTables().getFirst().getRows().stream()
				.flatMap(r -> r.getTableCells().stream())
				.map(c -> c.getText())
				.reduce("", String::concat);
			assertThat(cells).contains("第四条", "建议增加古树名木保护规定。", "采纳", "未采纳", "已在规划条例中规定。", "来信");
			assertThat(doc.getParagraphs().get(1).getText()).contains("共收到意见2条");
		}
		mvc.perform(get("/legislation/drafts/" + draft + "/comments.xlsx").with(staff())).andExpect(status().isOk());
	}

	@Test
	void onlyStaffWorkOnProjectsAndCommentsWhileAnyoneReadsTheDraft() throws Exception {
		DraftId draft = openDraft("太原市测试条例（权限）");
		mvc.perform(get("/legislation/drafts/" + draft + "/comments").with(user("m").roles("MEMBER")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/legislation/drafts/" + draft + "/adoption.docx").with(user("d").roles("DEPUTY")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/legislation/projects/" + store.comments(draft).size() + "/move").param("version", "0")
			.with(user("m").roles("MEMBER")).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/public/drafts/" + draft)).andExpect(status().isOk());
		mvc.perform(get("/public/drafts")).andExpect(status().isOk());
	}

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	RequestPostProcessor demo(String username) {
		return user(users.loadUserByUsername(username));
	}

	@Test
	void onlyTheLegislativeOfficeRecordsAVoteAndOtherOfficesDoNotSeeTheForm() throws Exception {
		ProjectId id = projectAtSecondReading("太原市测试条例（机构表决）");
		for (String other : List.of("bangongting", "daibiao-gw")) {
			mvc.perform(post("/legislation/projects/" + id + "/vote").param("version", Integer.toString(version(id)))
				.param("on", "2040-08-30").param("votesFor", "40").param("votesAgainst", "0").param("votesAbstain", "0")
				.param("members", "50").with(demo(other)).with(csrf())).andExpect(status().isForbidden());
			assertThat(mvc.perform(get("/legislation/projects/" + id).with(demo(other))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString()).doesNotContain("id=\"vote-form\"");
		}
		assertThat(statusOf(id)).isEqualTo(ProjectStatus.SECOND_READING);
		assertThat(mvc.perform(get("/legislation/projects/" + id).with(demo("fagongwei"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString()).contains("id=\"vote-form\"");
		mvc.perform(post("/legislation/projects/" + id + "/vote").param("version", Integer.toString(version(id)))
			.param("on", "2040-08-30").param("votesFor", "40").param("votesAgainst", "0").param("votesAbstain", "0")
			.param("members", "50").with(demo("fagongwei")).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(statusOf(id)).isEqualTo(ProjectStatus.PASSED);
	}

	@Test
	void commentersContactsAreShownAndExportedToTheLegislativeOfficeOnly() throws Exception {
		DraftId draft = openDraft("太原市测试条例（联系方式）");
		mvc.perform(AnonymousClient.fresh(mvc).post("/public/drafts/" + draft, "/public/drafts/" + draft + "/comments")
			.param("body", "建议明确物业服务收费标准的公示方式。").param("name", "市民乙").param("contact", "13911112222"))
			.andExpect(status().is3xxRedirection());
		for (String other : List.of("bangongting", "daibiao-gw")) {
			String page = mvc.perform(get("/legislation/drafts/" + draft + "/comments").with(demo(other)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			assertThat(page).contains("建议明确物业服务收费标准的公示方式").doesNotContain("13911112222");
			byte[] sheet = mvc.perform(get("/legislation/drafts/" + draft + "/comments.xlsx").with(demo(other)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
			assertThat(cells(sheet)).contains("建议明确物业服务收费标准的公示方式。").doesNotContain("13911112222");
		}
		assertThat(mvc.perform(get("/legislation/drafts/" + draft + "/comments").with(demo("fagongwei")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("13911112222");
		byte[] sheet = mvc.perform(get("/legislation/drafts/" + draft + "/comments.xlsx").with(demo("fagongwei")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(cells(sheet)).contains("13911112222");
	}

	@Test
	void onlyTheLegislativeOfficePublishesToTheLawLibrary() throws Exception {
		for (String other : List.of("bangongting", "daibiao-gw")) {
			mvc.perform(get("/legislation/library/import").with(demo(other))).andExpect(status().isForbidden());
			mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/legislation/library/import")
				.file(new org.springframework.mock.web.MockMultipartFile("file", "其他机构.md", "text/markdown",
						"# 太原市其他机构条例\n\n第一条 为了测试，制定本条例。\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
				.with(demo(other)).with(csrf())).andExpect(status().isForbidden());
			assertThat(mvc.perform(get("/public/laws").with(demo(other))).andReturn().getResponse().getContentAsString())
				.doesNotContain("/legislation/library/import");
		}
		mvc.perform(get("/legislation/library/import").with(demo("fagongwei"))).andExpect(status().isOk());
		assertThat(mvc.perform(get("/public/laws").with(demo("fagongwei"))).andReturn().getResponse().getContentAsString())
			.contains("/legislation/library/import");
	}

	static List<String> cells(byte[] xlsx) throws Exception {
		List<String> out = new java.util.ArrayList<>();
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (var row : book.getSheetAt(0)) {
				for (var cell : row) {
					out.add(new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(cell));
				}
			}
		}
		return out;
	}

	@Test
	void staffMoveAProjectAndRecordTheVoteOnItsPage() throws Exception {
		ProjectId id = projectAtSecondReading("太原市测试条例（页面）");
		mvc.perform(post("/legislation/projects/" + id + "/vote").param("version", Integer.toString(version(id)))
			.param("on", "2040-08-30").param("votesFor", "25").param("votesAgainst", "0").param("votesAbstain", "0")
			.param("members", "50").with(staff()).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(statusOf(id)).isEqualTo(ProjectStatus.VOTE_FAILED);
		mvc.perform(post("/legislation/projects/" + id + "/move").param("version", Integer.toString(version(id)))
			.param("to", "PROMULGATED").param("on", "2040-09-01").with(staff()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(statusOf(id)).isEqualTo(ProjectStatus.VOTE_FAILED);
		String page = mvc.perform(get("/legislation/projects/" + id).with(staff())).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("id=\"timeline\"", "表决未通过", "赞成 25 票");
	}

	@Test
	void theFiguresCountTheirOwnRecords() {
		int year = 2041;
		LocalDate day = LocalDate.of(year, 4, 1);
		ProjectId project = projectAtSecondReading("太原市测试条例（统计）");
		recordVote.record(project, version(project), day, 30, 0, 0, 50, null);
		ProjectId failed = projectAtSecondReading("太原市测试条例（统计未过）");
		recordVote.record(failed, version(failed), day, 20, 0, 0, 50, null);
		recordActivity.record(project, ActivityKind.SYMPOSIUM, day, "市人大常委会会议室", "专家、部门代表", null);
		recordActivity.record(project, ActivityKind.HEARING, day, "市人大常委会会议室", "公众代表", null);
		ActivityId trip = recordActivity.record(project, ActivityKind.RESEARCH, day, "小店区", "法工委", null);
		DraftId draft = addDraftVersion.add(projectAtSecondReading("太原市测试条例（统计意见）"), 2, LegislationFixture.SECOND, null, null);
		recordOfflineComment.record(draft, null, "调研中提出的意见", null, CommentSource.RESEARCH, null, trip, null, day, null);
		long pointsBefore = value("legislative_contact_points", year);
		long liaisonBefore = value("liaison_officers", year);
		addContactPoint.add("测试联系点", ContactPointKind.ACADEMIC, "张三", day);
		joinPool.join("联络员甲", PoolRole.LIAISON_OFFICER, "社区", true, day);
		PoolMemberId expert = joinPool.join("专家乙", PoolRole.EXPERT, "大学", false, day);
		changePoolMembership.change(expert, 0, PoolStatus.PAUSED, null);

		assertThat(value("regulations_passed", year)).isEqualTo(1);
		assertThat(figure("regulations_passed").records(year)).extracting(r -> r.title()).containsExactly("太原市测试条例（统计）");
		assertThat(value("legislative_symposia", year)).isEqualTo(2);
		assertThat(value("legislative_research", year)).isEqualTo(1);
		assertThat(value("legislative_comments", year)).isEqualTo(1);
		// Contact points and pool members without an end date count in every later year, the demo's too.
		assertThat(value("legislative_contact_points", year)).isEqualTo(pointsBefore + 1);
		assertThat(value("liaison_officers", year)).isEqualTo(liaisonBefore + 1);
		List<PoolMember> pool = LegislationFigures.pool(store, year);
		assertThat(pool).extracting(PoolMember::id).contains(expert);
		long grassroots = pool.stream().filter(PoolMember::grassroots).count();
		assertThat(value("consultation_pool_grassroots_share", year)).isEqualTo(Math.round(grassroots * 100.0 / pool.size()));
	}

	Figure figure(String key) {
		return figures.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
	}

	long value(String key, int year) {
		return figure(key).value(year);
	}

	@Test
	void staffKeepTheContactPointsAndThePool() throws Exception {
		mvc.perform(post("/legislation/network/pool").param("name", "测试联络员丙").param("role", "LIAISON_OFFICER")
			.param("workplace", "坞城街道").param("grassroots", "true").param("joinedOn", "2024-02-01").with(staff()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		PoolMember member = store.poolMembers().stream().filter(m -> m.name().equals("测试联络员丙")).findFirst().orElseThrow();
		assertThat(member.grassroots()).isTrue();
		mvc.perform(post("/legislation/network/pool/" + member.id() + "/status").param("version", "0").param("status", "LEFT")
			.with(staff()).with(csrf())).andExpect(status().is3xxRedirection());
		PoolMember left = store.poolMember(member.id()).orElseThrow();
		assertThat(left.status()).isEqualTo(PoolStatus.LEFT);
		assertThat(left.leftOn()).isNotNull();
		assertThatThrownBy(() -> changePoolMembership.change(member.id(), left.version(), PoolStatus.ACTIVE, null))
			.isInstanceOf(LegislationException.class);
		String page = mvc.perform(get("/legislation/network").with(staff())).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("测试联络员丙", "id=\"points\"", "id=\"activities\"");
		mvc.perform(get("/legislation/network").with(user("m").roles("MEMBER"))).andExpect(status().isForbidden());
	}

	@Autowired
	PlanLegislation planLegislation;

	@Test
	void thePlanWarnsOutsideTheCityScopeAndIsPublishedOnceAdopted() throws Exception {
		int year = 2042;
		assertThat(planLegislation.addItem(year, "太原市测试保护条例（计划）", ProjectKind.MAKE, PlanSubject.HERITAGE, "市文物局",
				"市文物局", "教育科学文化卫生委员会", "6月提请一审")).isTrue();
		assertThat(planLegislation.addItem(year, "太原市测试税收条例（计划）", ProjectKind.MAKE, PlanSubject.OTHER, null, null,
				null, null)).isFalse();
		String before = mvc.perform(get("/public/plan").param("year", Integer.toString(year))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(before).doesNotContain("太原市测试保护条例（计划）");
		mvc.perform(post("/legislation/plan/adopt").param("year", Integer.toString(year)).param("on", "2042-02-20")
			.param("meeting", "第10次主任会议").with(staff()).with(csrf())).andExpect(status().is3xxRedirection());
		String after = mvc.perform(get("/public/plan").param("year", Integer.toString(year))).andReturn().getResponse()
			.getContentAsString();
		assertThat(after).contains("太原市测试保护条例（计划）", "第10次主任会议", "历史文化保护");
		assertThatThrownBy(() -> planLegislation.addItem(year, "又一项", ProjectKind.AMEND, PlanSubject.URBAN, null, null,
				null, null)).hasMessageContaining("process.plan.adopted");
		mvc.perform(post("/legislation/plan/adopt").param("year", "2043").param("on", "2043-02-20").param("meeting", "x")
			.with(user("m").roles("MEMBER")).with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	void commentsTakenOverFromTheFormerSiteMustFallInTheWindow() {
		DraftId draft = openDraft("太原市测试条例（迁移）");
		assertThatThrownBy(() -> submitComment.received(draft, null, "意见", null, Instant.parse("2001-01-01T00:00:00Z")))
			.hasMessageContaining("process.comment.closed");
	}
}
