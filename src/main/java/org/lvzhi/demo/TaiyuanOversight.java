package org.lvzhi.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.lvzhi.directory.Classification;
import org.lvzhi.directory.DeputyLevel;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.MembershipRole;
import org.lvzhi.directory.MembershipView;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.OrganizationQuery;
import org.lvzhi.directory.OrganizationView;
import org.lvzhi.directory.PersonId;
import org.lvzhi.oversight.EvaluationId;
import org.lvzhi.oversight.EvaluationWorkflow;
import org.lvzhi.oversight.FilingWorkflow;
import org.lvzhi.oversight.InquiryId;
import org.lvzhi.oversight.InquiryWorkflow;
import org.lvzhi.oversight.RaterGroup;
import org.lvzhi.oversight.Satisfaction;
import org.lvzhi.oversight.WorkReportId;
import org.lvzhi.oversight.WorkReportWorkflow;
import org.springframework.stereotype.Component;

/**
 * Oversight in 2023: the 42 work reports heard at the nine sittings, the satisfaction vote on the
 * business-environment report, the special inquiry on it (41 questioners, 39 officials), the
 * satisfaction evaluation of 40 departments' 101 key tasks, and the 20 normative documents filed
 * for review, each written through the oversight module's workflows.
 */
@Component
class TaiyuanOversight implements DemoContributor {

	private static final String GOV = TaiyuanBodies.GOVERNMENT;
	private static final String COURT = "太原市中级人民法院";
	private static final String PROCURATORATE = "太原市人民检察院";
	private static final String SUPERVISION = "太原市监察委员会";
	private static final String FE = "财政经济委员会";
	private static final String ESCH = "教育科学文化卫生委员会";
	private static final String URE = "城乡建设环境保护委员会";
	private static final String AR = "农业与农村委员会";
	private static final String SJ = "监察和司法委员会";
	private static final String SD = "社会建设委员会";
	private static final String LEGAL = "法制委员会";
	private static final String BUSINESS_REPORT = "关于优化营商环境工作情况的报告";

	static final List<LocalDate> SITTINGS = List.of(LocalDate.of(2023, 2, 23), LocalDate.of(2023, 3, 30),
			LocalDate.of(2023, 4, 26), LocalDate.of(2023, 6, 27), LocalDate.of(2023, 8, 29), LocalDate.of(2023, 9, 26),
			LocalDate.of(2023, 10, 27), LocalDate.of(2023, 11, 28), LocalDate.of(2023, 12, 26));

	private record Report(int sitting, String title, String organ, String committee) {
	}

	private static final List<Report> REPORTS = List.of(
			new Report(0, "关于2022年度法治政府建设情况的报告", GOV, LEGAL),
			new Report(0, "关于全市养老服务业发展情况的报告", "市民政局", SD),
			new Report(0, "关于招商引资工作情况的报告", "市投资促进局", FE),
			new Report(0, "关于创建国家森林城市工作情况的报告", "市林业和草原局", URE),
			new Report(1, "关于科技创新工作情况的报告", "市科学技术局", ESCH),
			new Report(1, "关于“双减”政策落实情况的报告", "市教育局", ESCH),
			new Report(1, "关于打击治理电信网络诈骗违法犯罪工作情况的报告", "市公安局", SJ),
			new Report(1, "关于2022年度环境状况和环境保护目标完成情况的报告", "市生态环境局", URE),
			new Report(1, "关于金融企业国有资产管理情况的报告", "市财政局", FE),
			new Report(2, "关于职业教育发展情况的报告", "市教育局", ESCH),
			new Report(2, "关于医养结合模式创新发展情况的报告", "市卫生健康委员会", SD),
			new Report(2, "关于园林绿化建设工作情况的报告", "市园林局", URE),
			new Report(2, "关于未成年人检察工作情况的报告", PROCURATORATE, SJ),
			new Report(3, "关于2022年度市级决算的报告", "市财政局", FE),
			new Report(3, "关于2022年度市级预算执行和其他财政收支的审计工作报告", "市审计局", FE),
			new Report(3, "关于保障性租赁住房工作情况的报告", "市住房和城乡建设局", URE),
			new Report(3, "关于生活垃圾分类管理工作情况的报告", "市城乡管理局", URE),
			new Report(3, "关于法律援助工作情况的报告", "市司法局", SJ),
			new Report(4, BUSINESS_REPORT, GOV, FE),
			new Report(4, "关于2023年上半年国民经济和社会发展计划执行情况的报告", "市发展和改革委员会", FE),
			new Report(4, "关于2023年上半年预算执行情况的报告", "市财政局", FE),
			new Report(4, "关于“十四五”规划《纲要》实施中期评估情况的报告", "市发展和改革委员会", FE),
			new Report(4, "关于就业创业工作情况的报告", "市人力资源和社会保障局", SD),
			new Report(5, "关于政府债务管理情况的报告", "市财政局", FE),
			new Report(5, "关于加强商事审判优化营商环境工作情况的报告", COURT, SJ),
			new Report(5, "关于巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作情况的报告", "市乡村振兴局", AR),
			new Report(5, "关于设施农业建设和农业机械化发展情况的报告", "市农业农村局", AR),
			new Report(5, "关于出租汽车行业管理工作情况的报告", "市交通运输局", URE),
			new Report(6, "关于全域旅游和文旅融合发展情况的报告", "市文化和旅游局", ESCH),
			new Report(6, "关于“博物馆之城”建设情况的报告", "市文化和旅游局", ESCH),
			new Report(6, "关于全民健身公共服务体系建设情况的报告", "市体育局", ESCH),
			new Report(6, "关于服务对外开放新高地建设情况的报告", "市商务局", FE),
			new Report(6, "关于医疗保障工作情况的报告", "市医疗保障局", ESCH),
			new Report(7, "关于水污染防治和城市生活污水处理工作情况的报告", "市水务局", URE),
			new Report(7, "关于生态环境保护督察反馈问题整改情况的报告", "市生态环境局", URE),
			new Report(7, "关于“九河”上游生态治理工作情况的报告", "市水务局", URE),
			new Report(7, "关于专业化社区矫正队伍建设情况的报告", "市司法局", SJ),
			new Report(7, "关于民办教育发展情况的报告", "市教育局", ESCH),
			new Report(8, "关于2022年度国有资产管理情况的综合报告", "市国有资产监督管理委员会", FE),
			new Report(8, "关于整治群众身边腐败和作风问题工作情况的报告", SUPERVISION, SJ),
			new Report(8, "关于安全生产工作情况的报告", "市应急管理局", SD),
			new Report(8, "关于退役军人服务保障工作情况的报告", "市退役军人事务局", SD));

	private static final List<String> PLACES = List.of("小店区", "迎泽区", "杏花岭区", "尖草坪区", "万柏林区", "晋源区",
			"古交市", "清徐县", "阳曲县", "娄烦县");

	private final WorkReportWorkflow reports;
	private final InquiryWorkflow inquiries;
	private final EvaluationWorkflow evaluations;
	private final FilingWorkflow filings;
	private final Directory directory;
	private final Map<String, OrganizationId> bodies = new HashMap<>();

	TaiyuanOversight(WorkReportWorkflow reports, InquiryWorkflow inquiries, EvaluationWorkflow evaluations,
			FilingWorkflow filings, Directory directory) {
		this.reports = reports;
		this.inquiries = inquiries;
		this.evaluations = evaluations;
		this.filings = filings;
		this.directory = directory;
	}

	@Override
	public int order() {
		return 960;
	}

	@Override
	public String name() {
		return "oversight";
	}

	@Override
	public void contribute(DemoContext context) {
		if (directory.organizationNamed(GOV).isEmpty()) {
			return;
		}
		Random random = context.random(name());
		List<PersonId> members = standingCommitteeMembers();
		WorkReportId business = null;
		for (int i = 0; i < REPORTS.size(); i++) {
			WorkReportId id = report(REPORTS.get(i), i, members, random);
			if (REPORTS.get(i).title().equals(BUSINESS_REPORT)) {
				business = id;
			}
		}
		inquiry(business, members);
		evaluation(members, random);
		new TaiyuanFilings(filings, this::body).contribute();
	}

	OrganizationId body(String name) {
		return bodies.computeIfAbsent(name, n -> directory.organizationNamed(n).map(OrganizationView::id)
			.orElseThrow(() -> new IllegalStateException("Demo body missing: " + n)));
	}

	private OrganizationId standingCommittee() {
		return directory
			.findOrganizations(new OrganizationQuery(null, Classification.STANDING_COMMITTEE, DeputyLevel.MUNICIPAL, null), 1, 10)
			.items().get(0).id();
	}

	private List<PersonId> standingCommitteeMembers() {
		Set<MembershipRole> voting = Set.of(MembershipRole.CHAIR, MembershipRole.VICE_CHAIR,
				MembershipRole.SECRETARY_GENERAL, MembershipRole.MEMBER);
		return directory.membersOf(standingCommittee()).stream()
			.filter(m -> voting.contains(m.role()) && m.activeOn(SITTINGS.get(4))).map(MembershipView::personId)
			.distinct().toList();
	}

	private static String topic(String title) {
		return title.replace("关于", "").replace("工作情况的报告", "").replace("情况的报告", "").replace("的报告", "");
	}

	private WorkReportId report(Report plan, int i, List<PersonId> members, Random random) {
		LocalDate sitting = SITTINGS.get(plan.sitting());
		WorkReportId id = reports.plan(2023, plan.title(), body(plan.organ()), body("太原市人民代表大会" + plan.committee()),
				LocalDate.of(2023, 1, 10));
		reports.recordSurvey(id, sitting.minusDays(35 + random.nextInt(20)), PLACES.get(i % PLACES.size()),
				plan.committee() + "组织部分委员和市人大代表实地调研，召开座谈会听取意见。");
		reports.schedule(id, sitting);
		// One report in seven arrives a day late at the committee, as happens.
		reports.receiveDocument(id, "DRAFT", sitting.minusDays(i % 7 == 3 ? 19 : 21));
		reports.receiveDocument(id, "REPORT", sitting.minusDays(11));
		reports.receiveDocument(id, "MEMBERS", sitting.minusDays(8));
		String topic = topic(plan.title());
		reports.deliberate(id, "常委会组成人员认为，" + topic + "取得了积极成效，同时也存在一些问题和不足。为此提出如下意见：\n"
				+ "一、进一步提高思想认识，把" + topic + "摆在更加突出的位置，强化统筹协调。\n"
				+ "二、聚焦群众反映强烈的突出问题，细化工作措施，明确责任分工和完成时限。\n"
				+ "三、健全长效机制，加强监督检查和考核评价，推动各项任务落地见效。", sitting);
		if (plan.title().equals(BUSINESS_REPORT)) {
			vote(id, members, sitting, random);
		}
		LocalDate sent = sitting.plusDays(6 + random.nextInt(4));
		reports.sendOpinions(id, sent);
		reports.recordHandlingReport(id, "收到审议意见后，我们召开专题会议逐条研究，制定整改清单，明确责任单位和完成时限。"
				+ "目前，审议意见提出的问题已整改完成或取得阶段性进展，下一步将持续抓好落实。", sent.plusDays(70 + random.nextInt(15)));
		if (plan.sitting() < SITTINGS.size() - 1) {
			reports.close(id, plan.sitting() % 3 == 0 ? "纳入下一年度跟踪监督。" : null, sent.plusDays(100));
		}
		return id;
	}

	private void vote(WorkReportId id, List<PersonId> members, LocalDate sitting, Random random) {
		reports.openVote(id, sitting);
		for (int k = 0; k < members.size(); k++) {
			// Three members stayed away; the others mostly found the report satisfactory.
			if (k % 17 == 5) {
				continue;
			}
			int roll = random.nextInt(100);
			reports.vote(id, members.get(k), roll < 74 ? Satisfaction.SATISFIED
					: roll < 95 ? Satisfaction.BASICALLY_SATISFIED : Satisfaction.DISSATISFIED);
		}
		reports.closeVote(id, sitting);
	}

	private void inquiry(WorkReportId report, List<PersonId> members) {
		LocalDate day = SITTINGS.get(4);
		InquiryId id = inquiries.hold("关于优化营商环境工作的专题询问", day, report);
		OrganizationId committee = standingCommittee();
		Set<PersonId> asked = new LinkedHashSet<>();
		List<Long> questioners = new ArrayList<>();
		for (PersonId p : members.subList(1, Math.min(members.size(), 35))) {
			questioners.add(inquiries.addQuestioner(id, p, committee, "常委会组成人员"));
			asked.add(p);
		}
		for (String c : List.of(FE, SJ, SD, URE)) {
			OrganizationId body = body("太原市人民代表大会" + c);
			for (MembershipView m : directory.membersOf(body)) {
				if (questioners.size() < 41 && asked.add(m.personId())) {
					questioners.add(inquiries.addQuestioner(id, m.personId(), body, c + "组成人员"));
				}
			}
		}
		for (PersonId p : members) {
			if (questioners.size() < 41 && asked.add(p)) {
				questioners.add(inquiries.addQuestioner(id, p, committee, "常委会组成人员"));
			}
		}
		List<Long> respondents = new ArrayList<>();
		List<String> organs = new ArrayList<>();
		respondent(GOV, MembershipRole.DEPUTY_HEAD, id, respondents, organs);
		respondent(COURT, MembershipRole.HEAD, id, respondents, organs);
		respondent(PROCURATORATE, MembershipRole.HEAD, id, respondents, organs);
		for (String d : TaiyuanBodies.DEPARTMENTS) {
			if (respondents.size() < 39) {
				respondent(d, MembershipRole.HEAD, id, respondents, organs);
			}
		}
		String[][] qa = {
				{ "“一枚印章管审批”改革后，部分事项仍需企业多头跑，下一步如何打通部门间的数据壁垒？", "我们将依托一体化政务服务平台，年底前实现高频事项数据共享，推动更多事项“一网通办”。" },
				{ "涉企行政检查多头重复的问题企业反映强烈，如何规范？", "我们将全面推行“综合查一次”，制定涉企检查清单，未列入清单的一律不得检查。" },
				{ "惠企政策兑现慢、门槛高，企业获得感不强，有何改进措施？", "我们将建设惠企政策直达平台，推动免申即享，兑现时限压缩至15个工作日以内。" },
				{ "数字政府建设中，基层系统重复建设、数据质量不高，如何解决？", "我们将统筹全市政务云和数据资源，开展数据质量专项治理，杜绝重复建设。" },
				{ "商事案件审理周期较长，影响企业资金周转，法院有何举措？", "我们将推行商事案件繁简分流，简易案件平均审理周期压缩三分之一。" },
				{ "检察机关如何依法保护民营企业和企业家合法权益？", "我们将深化涉案企业合规改革，依法慎用强制措施，防止“一刀切”式办案。" },
				{ "水电气暖报装环节多、时间长，如何进一步压缩？", "我们将推行水电气暖网联合报装，小微企业低压用电实现“零上门、零审批、零投资”。" },
				{ "政府拖欠企业账款清理进展如何？", "我们已建立台账逐笔销号，年底前完成无分歧欠款清偿，并建立防止新增拖欠的长效机制。" },
				{ "工程建设项目审批时间仍然较长，下一步如何提速？", "我们将推行“拿地即开工”，社会投资小型项目审批时间压缩至15个工作日内。" },
				{ "融资难融资贵问题如何破解？", "我们将扩大政府性融资担保覆盖面，推动银企对接常态化，降低综合融资成本。" },
				{ "市场监管执法中“小错重罚”的问题如何纠正？", "我们将推行包容审慎监管，落实轻微违法行为免罚清单，做到执法有温度。" },
				{ "如何提升政务服务窗口的服务质量？", "我们将推行“好差评”全覆盖，差评件100%回访整改，结果纳入绩效考核。" } };
		List<Long> questions = new ArrayList<>();
		for (int q = 0; q < qa.length; q++) {
			questions.add(inquiries.recordQuestion(id, questioners.get(q * 3 % questioners.size()),
					respondents.get(q % respondents.size()), qa[q][0], qa[q][1]));
		}
		for (int c = 0; c < 8; c++) {
			long commitment = inquiries.commit(id, questions.get(c), respondents.get(c % respondents.size()),
					qa[c][1].replace("我们将", "").replace("我们已", ""), LocalDate.of(2023, 12, 31).plusMonths(c % 3));
			if (c < 6) {
				inquiries.fulfil(commitment, "已按期落实，报送落实情况。", LocalDate.of(2023, 12, 20).plusMonths(c % 3));
			}
		}
	}

	private void respondent(String organ, MembershipRole role, InquiryId id, List<Long> respondents, List<String> organs) {
		OrganizationId body = body(organ);
		directory.membersOf(body).stream().filter(m -> m.role() == role).findFirst().ifPresent(m -> {
			respondents.add(inquiries.addRespondent(id, m.personId(), body, m.label()));
			organs.add(organ);
		});
	}

	private void evaluation(List<PersonId> members, Random random) {
		Map<RaterGroup, Integer> weights = new EnumMap<>(RaterGroup.class);
		weights.put(RaterGroup.MEMBERS, 30);
		weights.put(RaterGroup.COMMITTEE_MEMBERS, 20);
		weights.put(RaterGroup.DEPUTIES, 25);
		weights.put(RaterGroup.EXPERTS, 10);
		weights.put(RaterGroup.BUSINESS, 15);
		EvaluationId id = evaluations.open("2023年度市政府组成部门优化营商环境满意度测评", 2023, LocalDate.of(2023, 11, 20), weights);
		Map<Long, Long> taskDepartment = new HashMap<>();
		List<Long> departments = new ArrayList<>();
		long weak = -1;
		OrganizationId weakOrgan = null;
		for (int d = 0; d < TaiyuanBodies.DEPARTMENTS.size(); d++) {
			String name = TaiyuanBodies.DEPARTMENTS.get(d);
			long dept = evaluations.addDepartment(id, body(name));
			departments.add(dept);
			String field = name.replaceFirst("^市", "").replaceFirst("(局|委员会|办公室)$", "");
			List<String> tasks = new ArrayList<>(List.of(field + "领域“放管服”改革和政务服务提质增效",
					field + "领域惠企政策落实和涉企服务"));
			if (d < 21) {
				tasks.add(field + "领域行政执法规范化建设");
			}
			for (String t : tasks) {
				long task = evaluations.addTask(id, body(name), t);
				taskDepartment.put(task, dept);
				if (d == 12 && weak < 0) {
					weak = task;
					weakOrgan = body(name);
				}
			}
		}
		Map<RaterGroup, Integer> sizes = Map.of(RaterGroup.MEMBERS, 40, RaterGroup.COMMITTEE_MEMBERS, 30,
				RaterGroup.DEPUTIES, 60, RaterGroup.EXPERTS, 15, RaterGroup.BUSINESS, 45);
		for (RaterGroup g : RaterGroup.values()) {
			List<PersonId> persons = g == RaterGroup.MEMBERS ? members.subList(0, Math.min(40, members.size())) : List.of();
			for (String code : evaluations.addRaters(id, g, sizes.get(g), persons)) {
				Map<Long, Satisfaction> overall = new HashMap<>();
				for (Long dept : departments) {
					overall.put(dept, score(random, 0));
				}
				Map<Long, Satisfaction> tasks = new HashMap<>();
				for (Long task : taskDepartment.keySet()) {
					tasks.put(task, score(random, task == weak ? 60 : 0));
				}
				evaluations.submit(code, overall, tasks);
			}
		}
		evaluations.close(id, LocalDate.of(2023, 12, 5));
		evaluations.publish(id, LocalDate.of(2023, 12, 15));
		evaluations.followUp(weak, weakOrgan, "已制定整改方案，逐项明确责任人和完成时限，2024年一季度前完成整改。",
				LocalDate.of(2024, 1, 10));
	}

	private static Satisfaction score(Random random, int dissatisfiedPercent) {
		int roll = random.nextInt(100);
		if (roll < dissatisfiedPercent) {
			return Satisfaction.DISSATISFIED;
		}
		return roll < 70 ? Satisfaction.SATISFIED : roll < 96 ? Satisfaction.BASICALLY_SATISFIED : Satisfaction.DISSATISFIED;
	}
}
