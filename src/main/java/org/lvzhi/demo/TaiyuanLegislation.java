package org.lvzhi.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.lvzhi.legislation.ActivityId;
import org.lvzhi.legislation.ActivityKind;
import org.lvzhi.legislation.AddContactPoint;
import org.lvzhi.legislation.AddDraftVersion;
import org.lvzhi.legislation.AnswerOpinionRequest;
import org.lvzhi.legislation.CommentDecision;
import org.lvzhi.legislation.CommentId;
import org.lvzhi.legislation.CommentSource;
import org.lvzhi.legislation.ContactPointId;
import org.lvzhi.legislation.ContactPointKind;
import org.lvzhi.legislation.CreateProject;
import org.lvzhi.legislation.DecideComment;
import org.lvzhi.legislation.DraftId;
import org.lvzhi.legislation.JoinPool;
import org.lvzhi.legislation.MoveProject;
import org.lvzhi.legislation.OpenForComment;
import org.lvzhi.legislation.OpinionRequestId;
import org.lvzhi.legislation.PlanLegislation;
import org.lvzhi.legislation.PlanSubject;
import org.lvzhi.legislation.PoolRole;
import org.lvzhi.legislation.ProjectId;
import org.lvzhi.legislation.ProjectKind;
import org.lvzhi.legislation.ProjectStatus;
import org.lvzhi.legislation.RecordActivity;
import org.lvzhi.legislation.RecordOfflineComment;
import org.lvzhi.legislation.RecordVote;
import org.lvzhi.legislation.SendOpinionRequest;
import org.lvzhi.legislation.SubmitComment;
import org.springframework.stereotype.Component;

/**
 * The legislative year 2023: the 大数据发展促进条例 and 体育发展条例 made and the 消防条例 amended,
 * each through two readings, a month of public comment, the vote, the province's approval,
 * promulgation and filing; 24 grassroots contact points; the consultation pool (104 liaison
 * officers, 70% at the grassroots); 26 symposia and hearings, 20 research trips; and over 400
 * comments, online and offline, each decided on.
 */
@Component
class TaiyuanLegislation implements DemoContributor {

	static final int MEMBERS = 50;
	static final int COMMENTS = 437;

	/** A regulation of the year: title, kind, readings and the dates of its way to force. */
	record Regulation(String title, ProjectKind kind, String text, LocalDate firstReading, LocalDate secondReading,
			int votesFor, int against, int abstain, LocalDate approved, LocalDate promulgated, LocalDate filed,
			LocalDate inForce, List<String> remarks) {
	}

	static final List<Regulation> REGULATIONS = List.of(
			new Regulation("太原市大数据发展促进条例", ProjectKind.MAKE, """
					太原市大数据发展促进条例（草案）

					第一章　总　　则

					第一条　为了促进大数据发展，推动数字经济与实体经济深度融合，根据有关法律、法规，结合本市实际，制定本条例。

					第二条　本市行政区域内大数据的发展应用、基础设施建设、安全保障及其相关活动，适用本条例。

					第三条　市、县（市、区）人民政府应当将大数据发展纳入国民经济和社会发展规划。

					第二章　数据资源

					第四条　市大数据主管部门负责统筹建设全市一体化政务数据共享交换平台。

					第五条　公共数据以共享为原则、不共享为例外，依法有序向社会开放。

					第六条　鼓励市场主体依法开展数据交易，培育数据要素市场。

					第三章　安全保障

					第七条　数据处理者应当建立健全数据安全管理制度，落实数据分类分级保护要求。

					第八条　本条例自2023年10月1日起施行。
					""", LocalDate.of(2023, 2, 23), LocalDate.of(2023, 4, 26), 46, 0, 1, LocalDate.of(2023, 7, 28),
					LocalDate.of(2023, 8, 8), LocalDate.of(2023, 8, 30), LocalDate.of(2023, 10, 1),
					List.of("建议明确公共数据开放的负面清单。", "建议增加对中小企业数据应用的扶持措施。", "建议细化个人信息保护的具体要求。",
							"建议明确政务数据共享的时限。", "建议增加数据人才培养的规定。", "建议对数据交易场所的设立作出规定。")),
			new Regulation("太原市体育发展条例", ProjectKind.MAKE, """
					太原市体育发展条例（草案）

					第一章　总　　则

					第一条　为了促进体育事业和体育产业发展，增强人民体质，根据《中华人民共和国体育法》等法律、法规，结合本市实际，制定本条例。

					第二条　本市行政区域内的全民健身、青少年和学校体育、竞技体育、体育产业等活动，适用本条例。

					第三条　市、县（市、区）人民政府应当将体育事业经费列入本级财政预算。

					第二章　全民健身

					第四条　新建居住区应当按照规定配套建设全民健身设施。

					第五条　公共体育场馆应当在节假日和公休日适当延长开放时间，并对学生、老年人、残疾人等免费或者优惠开放。

					第六条　鼓励学校体育场地设施在课余时间和节假日向社会开放。

					第三章　体育产业

					第七条　鼓励社会力量举办体育赛事，发展冰雪运动和户外运动产业。

					第八条　本条例自2024年1月1日起施行。
					""", LocalDate.of(2023, 4, 26), LocalDate.of(2023, 6, 28), 45, 1, 1, LocalDate.of(2023, 9, 28),
					LocalDate.of(2023, 10, 11), LocalDate.of(2023, 11, 3), LocalDate.of(2024, 1, 1),
					List.of("建议增加健身步道建设的规定。", "建议学校场地开放应当明确安全责任。", "建议公共体育场馆免费开放时段予以公示。",
							"建议支持群众性体育赛事。", "建议明确社区健身器材的维护责任主体。", "建议增加对老年人健身指导的规定。")),
			new Regulation("太原市消防条例", ProjectKind.AMEND, """
					太原市消防条例（修正草案）

					第一章　总　　则

					第一条　为了预防火灾和减少火灾危害，保护人身、财产安全，维护公共安全，根据《中华人民共和国消防法》等法律、法规，结合本市实际，制定本条例。

					第二条　消防工作贯彻预防为主、防消结合的方针，实行消防安全责任制。

					第三条　市、县（市、区）人民政府负责本行政区域内的消防工作。

					第二章　火灾预防

					第四条　高层建筑的管理单位应当确定消防安全管理人，落实消防安全责任。

					第五条　禁止在高层住宅建筑的公共门厅、疏散走道、楼梯间、安全出口停放电动自行车或者为电动自行车充电。

					第六条　物业服务企业应当对管理区域内的共用消防设施进行维护管理。

					第三章　法律责任

					第七条　违反本条例第五条规定的，由消防救援机构责令改正，对个人处五百元以上一千元以下罚款。

					第八条　本条例自公布之日起施行。
					""", LocalDate.of(2023, 8, 30), LocalDate.of(2023, 10, 27), 47, 0, 0, LocalDate.of(2023, 11, 30),
					LocalDate.of(2023, 12, 12), LocalDate.of(2024, 1, 5), LocalDate.of(2023, 12, 12),
					List.of("建议增加电动自行车集中充电设施建设的规定。", "建议明确老旧小区消防通道的清理责任。", "建议加大对占用消防通道行为的处罚。",
							"建议规定高层建筑定期开展消防演练。", "建议明确物业服务企业消防设施维护的标准。", "建议增加微型消防站建设的规定。")));

	static final List<String> DISTRICTS = List.of("小店区", "迎泽区", "杏花岭区", "尖草坪区", "万柏林区", "晋源区", "清徐县",
			"阳曲县", "娄烦县", "古交市");

	private final CreateProject createProject;
	private final AddDraftVersion addDraftVersion;
	private final MoveProject moveProject;
	private final RecordVote recordVote;
	private final OpenForComment openForComment;
	private final SubmitComment submitComment;
	private final RecordOfflineComment recordOfflineComment;
	private final DecideComment decideComment;
	private final AddContactPoint addContactPoint;
	private final JoinPool joinPool;
	private final RecordActivity recordActivity;
	private final PlanLegislation planLegislation;
	private final SendOpinionRequest sendOpinionRequest;
	private final AnswerOpinionRequest answerOpinionRequest;

	TaiyuanLegislation(CreateProject createProject, AddDraftVersion addDraftVersion, MoveProject moveProject,
			RecordVote recordVote, OpenForComment openForComment, SubmitComment submitComment,
			RecordOfflineComment recordOfflineComment, DecideComment decideComment, AddContactPoint addContactPoint,
			JoinPool joinPool, RecordActivity recordActivity, PlanLegislation planLegislation,
			SendOpinionRequest sendOpinionRequest, AnswerOpinionRequest answerOpinionRequest) {
		this.sendOpinionRequest = sendOpinionRequest;
		this.answerOpinionRequest = answerOpinionRequest;
		this.planLegislation = planLegislation;
		this.createProject = createProject;
		this.addDraftVersion = addDraftVersion;
		this.moveProject = moveProject;
		this.recordVote = recordVote;
		this.openForComment = openForComment;
		this.submitComment = submitComment;
		this.recordOfflineComment = recordOfflineComment;
		this.decideComment = decideComment;
		this.addContactPoint = addContactPoint;
		this.joinPool = joinPool;
		this.recordActivity = recordActivity;
	}

	@Override
	public int order() {
		return 420;
	}

	@Override
	public String name() {
		return "legislation";
	}

	@Override
	public void contribute(DemoContext context) {
		Random random = context.random(name());
		plan();
		List<ContactPointId> points = contactPoints();
		pool(random);
		int[] commentsPer = { 160, 130, COMMENTS - 290 };
		int[] meetingsPer = { 9, 9, 8 };
		int[] tripsPer = { 7, 7, 6 };
		for (int i = 0; i < REGULATIONS.size(); i++) {
			regulation(REGULATIONS.get(i), commentsPer[i], meetingsPer[i], tripsPer[i], points, random);
		}
	}

	private void regulation(Regulation r, int comments, int meetings, int trips, List<ContactPointId> points,
			Random random) {
		ProjectId project = createProject.create(r.title(), r.kind(), null);
		planLegislation.itemId(2023, r.kind() == ProjectKind.AMEND ? r.title() + "（修改）" : r.title())
			.ifPresent(item -> planLegislation.linkProject(item, project, null));
		DraftId draft = addDraftVersion.add(project, 1, r.text(), null, null, r.firstReading().minusDays(7));
		move(project, ProjectStatus.FIRST_READING, r.firstReading(), null);
		LocalDate opens = r.firstReading().plusDays(3);
		LocalDate closes = opens.plusDays(29);
		openForComment.open(draft, opens, closes, null);

		List<ActivityId> activities = new ArrayList<>();
		for (int i = 0; i < meetings + trips; i++) {
			boolean trip = i >= meetings;
			ActivityKind kind = trip ? ActivityKind.RESEARCH
					: i == 0 && r.kind() == ProjectKind.AMEND ? ActivityKind.HEARING
							: i % 3 == 2 ? ActivityKind.EXPERT_HEARING : ActivityKind.SYMPOSIUM;
			LocalDate day = opens.plusDays(1 + (i * 28L) / (meetings + trips));
			String place = trip ? DISTRICTS.get(random.nextInt(DISTRICTS.size())) : "市人大常委会机关会议室";
			String participants = trip ? "法制工作委员会、有关专门委员会，" + "基层立法联系点代表" : "市人大常委会组成人员、立法咨询专家、有关部门和行业代表";
			activities.add(recordActivity.record(project, kind, day, place, participants, null));
		}

		CommentSource[] offline = { CommentSource.CONTACT_POINT, CommentSource.SYMPOSIUM, CommentSource.EXPERT,
				CommentSource.LETTER, CommentSource.RESEARCH };
		List<Integer> articleSeqs = submitComment.articleSeqs(draft);
		List<CommentId> ids = new ArrayList<>();
		// The first contact point heard answers a request for opinion sent the day the window opened;
		// its answer is one of the comments counted, not an extra one.
		boolean requested = false;
		for (int i = 0; i < comments; i++) {
			Integer article = random.nextInt(5) == 0 ? null : articleSeqs.get(random.nextInt(articleSeqs.size()));
			String body = r.remarks().get(random.nextInt(r.remarks().size()));
			LocalDate day = opens.plusDays(random.nextInt(30));
			if (i % 2 == 0) {
				ids.add(submitComment.received(draft, article, body, null,
						day.atTime(9 + random.nextInt(10), random.nextInt(60)).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
			}
			else {
				CommentSource source = offline[random.nextInt(offline.length)];
				ActivityId activity = source == CommentSource.SYMPOSIUM ? activities.get(random.nextInt(meetings))
						: source == CommentSource.RESEARCH ? activities.get(meetings + random.nextInt(trips)) : null;
				ContactPointId point = source == CommentSource.CONTACT_POINT ? points.get(random.nextInt(points.size())) : null;
				if (point != null && !requested) {
					requested = true;
					OpinionRequestId request = sendOpinionRequest.send(draft, point, List.of(),
							"关于征求《" + r.title() + "（草案）》修改意见的函", null, opens, 10, null);
					ids.add(answerOpinionRequest.answer(request, article, body, null, day, null));
				}
				else {
					ids.add(recordOfflineComment.record(draft, article, body, null, source, point, activity, null, day, null));
				}
			}
		}
		for (CommentId id : ids) {
			int roll = random.nextInt(10);
			if (roll < 5) {
				decideComment.decide(id, 0, CommentDecision.ADOPTED, null, null);
			}
			else if (roll < 8) {
				decideComment.decide(id, 0, CommentDecision.PARTLY_ADOPTED, "已在相关条款中作了原则性规定。", null);
			}
			else {
				decideComment.decide(id, 0, CommentDecision.NOT_ADOPTED, "上位法已有明确规定，本条例不再重复。", null);
			}
		}

		move(project, ProjectStatus.SECOND_READING, r.secondReading(), null);
		recordVote.record(project, moveProject.currentVersion(project), r.secondReading(), r.votesFor(), r.against(), r.abstain(), MEMBERS,
				null);
		move(project, ProjectStatus.APPROVED, r.approved(), "山西省人民代表大会常务委员会批准");
		move(project, ProjectStatus.PROMULGATED, r.promulgated(), "太原市人民代表大会常务委员会公告");
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		if (!r.filed().isAfter(today)) {
			move(project, ProjectStatus.FILED, r.filed(), null);
		}
		if (!r.inForce().isAfter(today)) {
			move(project, ProjectStatus.IN_FORCE, r.inForce(), null);
		}
	}

	private void move(ProjectId project, ProjectStatus to, LocalDate on, String note) {
		moveProject.move(project, moveProject.currentVersion(project), to, on, note, null);
	}

	private void plan() {
		planLegislation.addItem(2023, "太原市大数据发展促进条例", ProjectKind.MAKE, PlanSubject.URBAN, "市人民政府", "市大数据应用局",
				"财政经济委员会", "2月提请一审，4月提请二审");
		planLegislation.addItem(2023, "太原市体育发展条例", ProjectKind.MAKE, PlanSubject.GRASSROOTS, "市人民政府", "市体育局",
				"教育科学文化卫生委员会", "4月提请一审，6月提请二审");
		planLegislation.addItem(2023, "太原市消防条例（修改）", ProjectKind.AMEND, PlanSubject.URBAN, "市人民政府",
				"市消防救援支队", "社会建设委员会", "8月提请一审，10月提请二审");
		planLegislation.addItem(2023, "涉及优化营商环境的地方性法规打包修改", ProjectKind.PACKAGE_AMEND, PlanSubject.URBAN,
				"主任会议", "法制工作委员会", "法制委员会", "适时提请审议");
		planLegislation.addItem(2023, "太原市养老服务条例", ProjectKind.RESEARCH, PlanSubject.GRASSROOTS, "市人民政府", "市民政局",
				"社会建设委员会", "开展立法调研");
		planLegislation.adopt(2023, LocalDate.of(2023, 1, 12), "太原市第十五届人大常委会第七次主任会议");
	}

	private List<ContactPointId> contactPoints() {
		String[][] points = {
				{ "小店区坞城街道基层立法联系点", "GRASSROOTS_DEMOCRACY" }, { "迎泽区柳巷街道基层立法联系点", "GRASSROOTS_DEMOCRACY" },
				{ "杏花岭区巨轮街道基层立法联系点", "GRASSROOTS_DEMOCRACY" }, { "尖草坪区柴村街道基层立法联系点", "GRASSROOTS_DEMOCRACY" },
				{ "万柏林区千峰街道基层立法联系点", "GRASSROOTS_DEMOCRACY" }, { "晋源区晋源街道基层立法联系点", "GRASSROOTS_DEMOCRACY" },
				{ "清徐县清源镇基层立法联系点", "GRASSROOTS_DEMOCRACY" }, { "阳曲县黄寨镇基层立法联系点", "GRASSROOTS_DEMOCRACY" },
				{ "娄烦县娄烦镇基层立法联系点", "GRASSROOTS_DEMOCRACY" }, { "古交市东曲街道基层立法联系点", "GRASSROOTS_DEMOCRACY" },
				{ "太原市律师协会基层立法联系点", "INDUSTRY" }, { "太原市工商业联合会基层立法联系点", "INDUSTRY" },
				{ "太原市物业管理协会基层立法联系点", "INDUSTRY" }, { "太原市建筑业协会基层立法联系点", "INDUSTRY" },
				{ "太原市消防救援支队基层立法联系点", "INDUSTRY" }, { "太原市体育总会基层立法联系点", "INDUSTRY" },
				{ "太原市中级人民法院基层立法联系点", "FUNCTIONAL" }, { "太原市人民检察院基层立法联系点", "FUNCTIONAL" },
				{ "太原市司法局基层立法联系点", "FUNCTIONAL" }, { "太原市大数据应用局基层立法联系点", "FUNCTIONAL" },
				{ "山西大学法学院基层立法联系点", "ACADEMIC" }, { "山西财经大学法学院基层立法联系点", "ACADEMIC" },
				{ "太原科技大学法学院基层立法联系点", "ACADEMIC" }, { "中北大学人文社会科学学院基层立法联系点", "ACADEMIC" } };
		List<ContactPointId> ids = new ArrayList<>();
		for (int i = 0; i < points.length; i++) {
			ids.add(addContactPoint.add(points[i][0], ContactPointKind.valueOf(points[i][1]), "联络员" + (i + 1) + "名",
					LocalDate.of(i < 16 ? 2021 : 2023, i < 16 ? 6 : 3, 1)));
		}
		return ids;
	}

	/** 104 liaison officers (90 at the grassroots), 30 experts, 16 industry consultants (15 at the grassroots): 70%. */
	private void pool(Random random) {
		Set<String> used = new HashSet<>();
		for (int i = 0; i < 104; i++) {
			String name = Names.next(random, random.nextBoolean(), used);
			used.add(name);
			joinPool.join(name, PoolRole.LIAISON_OFFICER, i < 90 ? DISTRICTS.get(i % DISTRICTS.size()) + "社区" : "市直机关",
					i < 90, LocalDate.of(2022, 3, 1).plusDays(i));
		}
		for (int i = 0; i < 30; i++) {
			String name = Names.next(random, random.nextBoolean(), used);
			used.add(name);
			joinPool.join(name, PoolRole.EXPERT, i % 2 == 0 ? "山西大学" : "山西财经大学", false, LocalDate.of(2021, 9, 1));
		}
		for (int i = 0; i < 16; i++) {
			String name = Names.next(random, random.nextBoolean(), used);
			used.add(name);
			joinPool.join(name, PoolRole.INDUSTRY_CONSULTANT, "行业协会", i < 15, LocalDate.of(2022, 1, 1));
		}
	}
}
