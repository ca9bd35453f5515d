package org.lvzhi.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.lvzhi.directory.DeputyLevel;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.MembershipRole;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.OrganizationView;
import org.lvzhi.directory.PersonListItem;
import org.lvzhi.directory.PersonQuery;
import org.lvzhi.oversight.inspections.Escalation;
import org.lvzhi.oversight.inspections.InspectionDesk;
import org.lvzhi.oversight.inspections.InspectionId;
import org.lvzhi.oversight.inspections.NewInspection;
import org.lvzhi.oversight.inspections.NewSite;
import org.lvzhi.oversight.inspections.NewVisit;
import org.lvzhi.oversight.inspections.ProblemId;
import org.lvzhi.oversight.inspections.SiteMode;
import org.lvzhi.oversight.inspections.TeamMember;
import org.lvzhi.oversight.inspections.TeamRole;
import org.lvzhi.oversight.inspections.Topic;
import org.lvzhi.oversight.inspections.VisitKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The standing committee's 2023 law-enforcement inspections and visits, as the work report tells
 * them: 82 inspections and inspection/research visits (7 law-enforcement inspections among them),
 * 36 in-depth grassroots research trips, 34 enterprises and projects visited with 26 of their
 * problems solved; the food and drug inspection with 130 deputies, 40 experts, 133 sites and 281
 * problems; the business-environment inspection over 7 key areas, 190 sites and 381 problems. Each
 * problem goes through assignment, rectification and verification as a unit would click it; a few
 * stay open or overdue, as happens.
 */
@Component
class TaiyuanInspections implements DemoContributor {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(TaiyuanInspections.class);

	private static final String LEAD = "市人大常委会执法检查组";

	private static final List<String> BUSINESS_AREAS = List.of("政务服务", "市场准入与退出", "要素保障", "公平竞争与监管执法",
			"惠企政策落实", "法治保障与权益保护", "涉企收费");

	/** Per key area: site names, problems with the article concerned, and the responsible units. */
	private static final List<String[]> BUSINESS_SITES = List.of(
			new String[] { "政务服务中心", "街道便民服务中心", "不动产登记中心", "公积金管理中心服务大厅" },
			new String[] { "市场主体登记窗口", "产业园区企业服务站", "工程建设项目审批窗口" },
			new String[] { "开发区重点项目", "工业园区", "供电营业厅", "供水营业厅" },
			new String[] { "综合行政执法队", "市场监管所", "城管执法中队" },
			new String[] { "中小企业服务中心", "科技企业孵化器", "人才服务中心" },
			new String[] { "人民法院诉讼服务中心", "公共法律服务中心", "商会调解中心" },
			new String[] { "行业协会", "中介服务机构", "水电气报装窗口" });

	private static final List<String[]> BUSINESS_PROBLEMS = List.of(
			new String[] { "“一网通办”事项线上办理深度不够，部分事项仍需线下重复提交材料", "第二十一条", "市行政审批服务管理局" },
			new String[] { "窗口办事指南与实际要求不一致，群众多次往返", "第二十二条", "市行政审批服务管理局" },
			new String[] { "企业开办“一日办结”在部分环节落实不到位", "第十五条", "市市场监督管理局" },
			new String[] { "企业注销流程繁琐，简易注销适用率低", "第十七条", "市市场监督管理局" },
			new String[] { "工程建设项目审批超出承诺时限", "第二十六条", "市住房和城乡建设局" },
			new String[] { "项目用地报批周期长，土地要素保障不及时", "第三十一条", "市规划和自然资源局" },
			new String[] { "用电报装环节多、时间长，接电成本偏高", "第三十三条", "市发展和改革委员会" },
			new String[] { "涉企行政检查频次偏高，存在多头检查、重复检查", "第五十四条", "市司法局" },
			new String[] { "行政处罚裁量基准执行不统一", "第五十五条", "市城乡管理局" },
			new String[] { "惠企政策兑现周期长，“免申即享”覆盖面窄", "第三十七条", "市工业和信息化局" },
			new String[] { "稳岗补贴申领材料要求过多", "第三十八条", "市人力资源和社会保障局" },
			new String[] { "拖欠中小企业账款清理不彻底", "第四十条", "市财政局" },
			new String[] { "涉企纠纷多元化解机制作用发挥不充分", "第六十条", "市司法局" },
			new String[] { "行业协会商会违规收费问题仍有发生", "第四十三条", "市发展和改革委员会" },
			new String[] { "中介服务收费不透明、服务时限无约束", "第四十二条", "市行政审批服务管理局" },
			new String[] { "招商引资承诺事项未按约兑现", "第十二条", "市投资促进局" });

	private static final List<String> FOOD_SITES = List.of("农贸市场", "大型超市", "中小学校食堂", "幼儿园食堂", "餐饮店后厨",
			"网络订餐入网餐饮单位", "食品生产企业", "小作坊", "连锁药店", "单体药店", "医疗机构药房", "医疗器械经营企业");

	private static final List<String[]> FOOD_PROBLEMS = List.of(
			new String[] { "部分从业人员健康证明过期仍在岗", "《中华人民共和国食品安全法》第四十五条", "市市场监督管理局" },
			new String[] { "进货查验记录不全，部分食品无法追溯来源", "《中华人民共和国食品安全法》第五十三条", "市市场监督管理局" },
			new String[] { "冷藏冷冻设施温度不达标，生熟食品混放", "《中华人民共和国食品安全法》第五十四条", "市市场监督管理局" },
			new String[] { "货架上有超过保质期的食品未及时下架", "《中华人民共和国食品安全法》第三十四条", "市市场监督管理局" },
			new String[] { "餐具清洗消毒不规范，保洁设施缺失", "《中华人民共和国食品安全法》第五十六条", "市市场监督管理局" },
			new String[] { "学校食堂未落实校领导陪餐和食品留样制度", "《中华人民共和国食品安全法》第五十七条", "市教育局" },
			new String[] { "农产品快检室设备闲置，检测数据未公示", "《中华人民共和国食品安全法》第六十四条", "市农业农村局" },
			new String[] { "网络订餐平台对入网商户资质审查不严", "《中华人民共和国食品安全法》第六十二条", "市商务局" },
			new String[] { "处方药未凭处方销售", "《中华人民共和国药品管理法》第五十八条", "市市场监督管理局" },
			new String[] { "药品购进验收记录缺失", "《中华人民共和国药品管理法》第五十六条", "市市场监督管理局" },
			new String[] { "药品储存条件不符合说明书要求", "《中华人民共和国药品管理法》第五十七条", "市卫生健康委员会" },
			new String[] { "医疗机构药房存放过期药品", "《中华人民共和国药品管理法》第七十条", "市卫生健康委员会" },
			new String[] { "医保定点药店串换药品", "《中华人民共和国药品管理法》第五十五条", "市医疗保障局" });

	private static final List<String> STREETS = List.of("长风街", "并州路", "迎泽大街", "体育路", "滨河东路", "府西街", "胜利街",
			"千峰南路", "晋祠路", "新建路", "五一路", "平阳路", "学府街", "和平北路", "漪汾街", "解放路", "龙城大街", "坞城路");

	private record Other(String title, String law, String lead, LocalDate start, int sites, int problems,
			String siteKind, String problem, String article, String unit) {
	}

	private static final List<Other> OTHERS = List.of(
			new Other("《太原市生活垃圾分类管理条例》执法检查", "太原市生活垃圾分类管理条例", "城乡建设环境保护委员会",
					LocalDate.of(2023, 4, 11), 12, 18, "居民小区垃圾分类投放点", "分类投放点设置不规范，混投混运现象仍然存在", "第二十条",
					"市城乡管理局"),
			new Other("《太原市法律援助条例》执法检查", "太原市法律援助条例", "监察和司法委员会", LocalDate.of(2023, 5, 16), 8, 9,
					"法律援助工作站", "法律援助工作站值班律师配备不足", "第十八条", "市司法局"),
			new Other("文物保护“一法一条例”执法检查（配合省人大）", "中华人民共和国文物保护法、山西省文物保护条例", "教育科学文化卫生委员会",
					LocalDate.of(2023, 6, 6), 6, 7, "文物保护单位", "低级别文物保护单位保护标志和记录档案不全", "第十五条",
					"市文化和旅游局"),
			new Other("《山西省社区居家养老服务条例》执法检查（配合省人大）", "山西省社区居家养老服务条例", "社会建设委员会",
					LocalDate.of(2023, 7, 4), 6, 6, "社区日间照料中心", "社区养老服务设施闲置，运营补贴落实不到位", "第二十二条", "市民政局"),
			new Other("《山西省汾河保护条例》执法检查（配合省人大）", "山西省汾河保护条例", "城乡建设环境保护委员会",
					LocalDate.of(2023, 9, 12), 6, 5, "汾河支流入河排污口", "入河排污口排查整治台账不完整", "第三十一条", "市生态环境局"));

	/** Inspection visits and research (视察, 调研) of 2023; with the 7 inspections they make 82. */
	private static final List<String[]> VISITS = List.of(
			new String[] { "RESEARCH", "调研太忻一体化经济区（太原区）建设发展情况" },
			new String[] { "INSPECTION", "视察脱贫攻坚成果同乡村振兴有效衔接情况" },
			new String[] { "INSPECTION", "视察设施农业建设和农业机械化发展情况" },
			new String[] { "RESEARCH", "调研全市医疗保障工作情况" },
			new String[] { "RESEARCH", "调研水污染防治“一法一条例”贯彻实施和城市生活污水处理情况" },
			new String[] { "INSPECTION", "组织代表视察民办教育发展情况" },
			new String[] { "INSPECTION", "组织代表视察特色专业镇建设情况" },
			new String[] { "RESEARCH", "调研全市代表联络站工作" },
			new String[] { "RESEARCH", "调研深化集体林权制度改革情况" },
			new String[] { "RESEARCH", "调研金融企业国有资产监管情况" },
			new String[] { "RESEARCH", "与晋中、忻州、吕梁、阳泉市人大常委会协同调研中部城市群高质量发展" },
			new String[] { "RESEARCH", "调研老旧小区改造工作" },
			new String[] { "RESEARCH", "调研中小学心理健康教育工作" },
			new String[] { "RESEARCH", "调研中医药传承创新发展情况" },
			new String[] { "INSPECTION", "视察残疾人保障法贯彻实施情况" });

	private static final List<String> VISIT_TOPICS = List.of("乡村振兴", "城中村改造", "重点工程建设", "民生实事", "营商环境",
			"教育“双减”", "基层医疗卫生服务", "养老服务", "生态环境保护", "安全生产", "城市更新", "文旅融合", "食品安全");

	private static final List<String> FIELD_TOPICS = List.of("代表联络站点建管用水平", "人大信访工作法治化", "新就业群体工会建设",
			"基层立法联系点作用发挥", "社区治理");

	private static final List<String[]> ENTERPRISES = List.of(
			new String[] { "太原钢铁（集团）有限公司", "尖草坪区" }, new String[] { "太原重型机械集团有限公司", "万柏林区" },
			new String[] { "比亚迪太原新能源汽车基地", "小店区" }, new String[] { "富士康太原科技工业园", "万柏林区" },
			new String[] { "山西转型综改示范区潇河产业园区", "小店区" }, new String[] { "太原武宿国际机场三期改扩建工程", "小店区" },
			new String[] { "太原地铁1号线工程", "迎泽区" }, new String[] { "太原市东中环改造工程", "杏花岭区" },
			new String[] { "晋阳湖片区综合开发项目", "晋源区" }, new String[] { "山西美锦华盛化工新材料有限公司", "清徐县" },
			new String[] { "清徐老陈醋产业园", "清徐县" }, new String[] { "古交西山煤电集团", "古交市" },
			new String[] { "阳曲县现代农业产业示范区", "阳曲县" }, new String[] { "娄烦县光伏发电项目", "娄烦县" },
			new String[] { "太原第一热电厂", "晋源区" }, new String[] { "中车太原机车车辆有限公司", "杏花岭区" },
			new String[] { "山西建投集团装配式建筑产业基地", "尖草坪区" }, new String[] { "太原化学工业园区", "清徐县" },
			new String[] { "长风商务区总部经济项目", "小店区" }, new String[] { "太原市滨河东路北延工程", "尖草坪区" },
			new String[] { "山西大数据产业园", "小店区" }, new String[] { "太原南站综合交通枢纽", "小店区" },
			new String[] { "钟楼街历史文化街区改造项目", "迎泽区" }, new String[] { "西山生态文化旅游示范区", "万柏林区" },
			new String[] { "北方动力（太原）有限公司", "尖草坪区" }, new String[] { "太原市污水处理厂提标改造工程", "小店区" },
			new String[] { "晋源区城中村改造安置房项目", "晋源区" }, new String[] { "太原国际会展中心", "小店区" },
			new String[] { "山西药茶产业园", "阳曲县" }, new String[] { "清徐葡萄产业园", "清徐县" },
			new String[] { "太原市第二中学新校区建设项目", "杏花岭区" }, new String[] { "太原市中心医院新院区", "迎泽区" },
			new String[] { "太原东山生态修复项目", "杏花岭区" }, new String[] { "汾河三期治理工程", "晋源区" });

	private static final List<String> ENTERPRISE_PROBLEMS = List.of("项目用地手续办理进度慢", "企业用电增容报装周期长",
			"配套道路建设滞后影响企业物流", "企业招工难、技能人才短缺", "施工许可办理环节多", "惠企资金拨付不及时", "污水管网接入问题未解决",
			"企业融资难、贷款审批周期长");

	private static final List<String> ENTERPRISE_UNITS = List.of("市规划和自然资源局", "市发展和改革委员会", "市交通运输局",
			"市人力资源和社会保障局", "市住房和城乡建设局", "市财政局", "市水务局", "市地方金融监督管理局");

	private final InspectionDesk desk;
	private final Directory directory;
	private final TransactionTemplate transaction;
	private Long escalationInquiry;

	TaiyuanInspections(InspectionDesk desk, Directory directory, TransactionTemplate transaction) {
		this.transaction = transaction;
		this.desk = desk;
		this.directory = directory;
	}

	@Override
	public int order() {
		return 960;
	}

	@Override
	public String name() {
		return "inspections";
	}

	@Override
	public void contribute(DemoContext context) {
		OrganizationId committee = directory.organizationNamed(TaiyuanBodies.STANDING_COMMITTEE)
			.map(OrganizationView::id).orElse(null);
		if (committee == null) {
			return;
		}
		long started = System.nanoTime();
		Random random = context.random(name());
		List<Long> members = persons(new PersonQuery(null, null, committee, MembershipRole.MEMBER, null, null));
		businessEnvironment(random, members);
		foodAndDrug(random, members);
		for (Other o : OTHERS) {
			other(random, o, members);
		}
		visits(random);
		log.info("Demo inspections written in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

	private void businessEnvironment(Random random, List<Long> members) {
		InspectionId id = desk.plan(new NewInspection("《山西省优化营商环境条例》执法检查", "山西省优化营商环境条例",
				"山西省第十三届人民代表大会常务委员会公告", Topic.BUSINESS_ENVIRONMENT, "财政经济委员会", LocalDate.of(2023, 6, 13),
				BUSINESS_AREAS));
		List<TeamMember> team = new ArrayList<>();
		members.stream().limit(6).forEach(p -> team.add(new TeamMember(TeamRole.MEMBER, p, null, null)));
		deputies(random, 100).forEach(p -> team.add(new TeamMember(TeamRole.DEPUTY, p, null, null)));
		desk.addTeam(id, team);
		// 190 sites over the 7 areas, 381 problems: one site in ten has none, the rest one to four.
		int[] problemsPerSite = spread(random, 190, 381, 19);
		for (int s = 0; s < 190; s++) {
			int area = s % BUSINESS_AREAS.size();
			String[] kinds = BUSINESS_SITES.get(area);
			TaiyuanBodies.District d = TaiyuanBodies.DISTRICTS.get(random.nextInt(TaiyuanBodies.DISTRICTS.size()));
			String siteName = d.name() + kinds[random.nextInt(kinds.length)];
			List<NewSite.NewProblem> problems = new ArrayList<>();
			List<String> units = new ArrayList<>();
			for (int k = 0; k < problemsPerSite[s]; k++) {
				String[] p = BUSINESS_PROBLEMS.get(random.nextInt(BUSINESS_PROBLEMS.size()));
				problems.add(new NewSite.NewProblem(siteName + p[0], "《山西省优化营商环境条例》" + p[1]));
				units.add(p[2]);
			}
			LocalDate checked = LocalDate.of(2023, 6, 15).plusDays(random.nextInt(50));
			site(random, id, new NewSite(siteName, d.name(), address(random, d), checked,
					random.nextInt(4) == 0 ? SiteMode.UNANNOUNCED : SiteMode.ANNOUNCED, BUSINESS_AREAS.get(area), null,
					problems), units);
		}
	}

	private void foodAndDrug(Random random, List<Long> members) {
		InspectionId id = desk.plan(new NewInspection("《中华人民共和国食品安全法》《中华人民共和国药品管理法》执法检查",
				"中华人民共和国食品安全法、中华人民共和国药品管理法", null, Topic.FOOD_DRUG, "教育科学文化卫生委员会",
				LocalDate.of(2023, 8, 8), List.of("食品生产经营", "校园食品安全", "网络餐饮", "药品经营使用")));
		List<TeamMember> team = new ArrayList<>();
		members.stream().skip(6).limit(5).forEach(p -> team.add(new TeamMember(TeamRole.MEMBER, p, null, null)));
		deputies(random, 130).forEach(p -> team.add(new TeamMember(TeamRole.DEPUTY, p, null, null)));
		String[] fields = { "食品安全", "营养与食品卫生", "药学", "临床药学", "食品检验", "医疗器械" };
		String[] employers = { "山西医科大学", "山西大学", "太原市食品药品检验所", "山西省疾病预防控制中心", "山西中医药大学",
				"太原市第一人民医院" };
		for (int e = 0; e < 40; e++) {
			team.add(new TeamMember(TeamRole.EXPERT, null, Names.next(random, random.nextBoolean(), java.util.Set.of(TaiyuanBodies.CHAIR_NAME)), employers[e % employers.length] + "（"
					+ fields[e % fields.length] + "）"));
		}
		desk.addTeam(id, team);
		int[] problemsPerSite = spread(random, 133, 281, 13);
		for (int s = 0; s < 133; s++) {
			String kind = FOOD_SITES.get(s % FOOD_SITES.size());
			boolean drug = kind.contains("药") || kind.contains("医疗");
			TaiyuanBodies.District d = TaiyuanBodies.DISTRICTS.get(random.nextInt(TaiyuanBodies.DISTRICTS.size()));
			String siteName = d.name() + STREETS.get(random.nextInt(STREETS.size())) + kind;
			List<NewSite.NewProblem> problems = new ArrayList<>();
			List<String> units = new ArrayList<>();
			for (int k = 0; k < problemsPerSite[s]; k++) {
				String[] p = FOOD_PROBLEMS.get(drug ? 8 + random.nextInt(5) : random.nextInt(8));
				problems.add(new NewSite.NewProblem(p[0], p[1]));
				units.add(p[2]);
			}
			String area = drug ? "药品经营使用" : kind.contains("食堂") ? "校园食品安全" : kind.contains("网络") ? "网络餐饮" : "食品生产经营";
			LocalDate checked = LocalDate.of(2023, 8, 10).plusDays(random.nextInt(45));
			site(random, id, new NewSite(siteName, d.name(), address(random, d), checked,
					random.nextInt(3) == 0 ? SiteMode.UNANNOUNCED : SiteMode.ANNOUNCED, area, null, problems), units);
		}
	}

	private void other(Random random, Other o, List<Long> members) {
		InspectionId id = desk.plan(new NewInspection(o.title(), o.law(), null, Topic.OTHER, o.lead(), o.start(), List.of()));
		List<TeamMember> team = new ArrayList<>();
		members.stream().skip(random.nextInt(10)).limit(3).forEach(p -> team.add(new TeamMember(TeamRole.MEMBER, p, null, null)));
		deputies(random, 8).forEach(p -> team.add(new TeamMember(TeamRole.DEPUTY, p, null, null)));
		desk.addTeam(id, team);
		int[] problemsPerSite = spread(random, o.sites(), o.problems(), 0);
		for (int s = 0; s < o.sites(); s++) {
			TaiyuanBodies.District d = TaiyuanBodies.DISTRICTS.get(random.nextInt(TaiyuanBodies.DISTRICTS.size()));
			List<NewSite.NewProblem> problems = new ArrayList<>();
			List<String> units = new ArrayList<>();
			for (int k = 0; k < problemsPerSite[s]; k++) {
				problems.add(new NewSite.NewProblem(o.problem(), "《" + o.law().split("、")[0] + "》" + o.article()));
				units.add(o.unit());
			}
			LocalDate checked = o.start().plusDays(2 + random.nextInt(20));
			site(random, id, new NewSite(d.name() + o.siteKind(), d.name(), address(random, d), checked,
					SiteMode.ANNOUNCED, null, null, problems), units);
		}
	}

	/** A site, its problems and their whole handling, in one transaction. */
	private void site(Random random, InspectionId id, NewSite site, List<String> units) {
		transaction.executeWithoutResult(tx -> {
			follow(random, desk.recordSite(id, site), units, site.checkedOn());
		});
	}

	/**
	 * Assignment within the period, the unit's report, the office's verification; about one problem in
	 * twenty is still being rectified (now overdue), a few await verification, a few were not fixed.
	 */
	private void follow(Random random, List<ProblemId> problems, List<String> units, LocalDate found) {
		for (int i = 0; i < problems.size(); i++) {
			ProblemId p = problems.get(i);
			OrganizationId unit = unit(units.get(i));
			LocalDate assigned = found.plusDays(3 + random.nextInt(6));
			desk.assign(p, 0, unit, assigned);
			int roll = random.nextInt(100);
			if (roll < 5) {
				continue;
			}
			if (roll < 7) {
				LocalDate re = assigned.plusMonths(3).plusDays(5);
				desk.reinspect(p, 1, false, "回头看发现问题依然存在。", re);
				if (roll == 6) {
					// The first escalation prepares an inquiry on the unfixed problems; the others join it.
					escalationInquiry = desk.escalate(p, 2, Escalation.INQUIRY, escalationInquiry, re.plusDays(20));
				}
				continue;
			}
			LocalDate reported = assigned.plusDays(30 + random.nextInt(55));
			desk.reportRectification(p, 1, unit, "已制定整改方案，明确责任人和完成时限，问题已整改到位，并建立长效机制防止反弹。", reported);
			if (roll < 10) {
				continue;
			}
			desk.closeRectified(p, 2, "经检查组回访核实，整改到位，同意销号。", reported.plusDays(7 + random.nextInt(20)));
		}
	}

	private void visits(Random random) {
		List<TaiyuanBodies.District> districts = TaiyuanBodies.DISTRICTS;
		int n = 0;
		for (String[] v : VISITS) {
			visit(VisitKind.valueOf(v[0]), v[1], districts.get(n % districts.size()), n++, random, List.of());
		}
		for (int i = 0; n < 75; i++, n++) {
			TaiyuanBodies.District d = districts.get(i % districts.size());
			String topic = VISIT_TOPICS.get(i % VISIT_TOPICS.size());
			boolean inspection = i % 3 == 0;
			visit(inspection ? VisitKind.INSPECTION : VisitKind.RESEARCH,
					(inspection ? "视察" : "调研") + d.name() + topic + "工作", d, n, random, List.of());
		}
		for (int i = 0; i < 36; i++) {
			TaiyuanBodies.District d = districts.get(i % districts.size());
			String topic = FIELD_TOPICS.get(i % FIELD_TOPICS.size());
			visit(VisitKind.FIELD_RESEARCH, "解剖式调研：" + d.name() + STREETS.get(i % STREETS.size()).replace("街", "") + "街道" + topic,
					d, i, random, List.of());
		}
		List<Integer> solved = new ArrayList<>();
		for (int i = 0; i < ENTERPRISES.size(); i++) {
			solved.add(i < 26 ? 1 : 0);
		}
		Collections.shuffle(solved, random);
		for (int i = 0; i < ENTERPRISES.size(); i++) {
			String[] e = ENTERPRISES.get(i);
			TaiyuanBodies.District d = districts.stream().filter(x -> x.name().equals(e[1])).findFirst().orElse(districts.get(0));
			int k = random.nextInt(ENTERPRISE_PROBLEMS.size());
			var recorded = visit(VisitKind.ENTERPRISE, "走访" + e[0], d, i, random,
					List.of(new NewVisit.RaisedProblem(e[0] + ENTERPRISE_PROBLEMS.get(k), unit(ENTERPRISE_UNITS.get(k)).value())));
			if (solved.get(i) == 1) {
				desk.resolveVisitProblem(recorded.get(0), 0, "经市人大常委会协调，" + ENTERPRISE_UNITS.get(k) + "已专题研究解决，企业表示满意。",
						LocalDate.of(2023, 3, 1).plusDays(i * 8L + 30));
			}
		}
	}

	private List<Long> visit(VisitKind kind, String title, TaiyuanBodies.District d, int n, Random random,
			List<NewVisit.RaisedProblem> problems) {
		LocalDate on = LocalDate.of(2023, 2, 20).plusDays((n * 37L + random.nextInt(20)) % 300);
		String who = switch (kind) {
			case FIELD_RESEARCH -> "市人大常委会分管副主任、代表工作委员会、有关街道人大工委";
			case ENTERPRISE -> "市人大常委会主任会议成员、财政经济委员会、部分市人大代表";
			default -> "市人大常委会组成人员、有关专门委员会和部分市人大代表";
		};
		return desk.recordVisit(new NewVisit(kind, title, on, d.name(), who,
				"听取了有关情况汇报，实地察看了现场，与基层干部群众和企业代表座谈交流，梳理了存在的困难和问题。", problems));
	}

	/** Spreads {@code total} problems over {@code sites}, {@code empty} of them with none; deterministic. */
	private static int[] spread(Random random, int sites, int total, int empty) {
		int[] counts = new int[sites];
		int remaining = total;
		for (int s = empty; s < sites; s++) {
			counts[s] = 1;
			remaining--;
		}
		while (remaining > 0) {
			int s = empty + random.nextInt(sites - empty);
			if (counts[s] < 5) {
				counts[s]++;
				remaining--;
			}
		}
		// The sites without problems should not all come first.
		for (int i = sites - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int t = counts[i];
			counts[i] = counts[j];
			counts[j] = t;
		}
		return counts;
	}

	private String address(Random random, TaiyuanBodies.District d) {
		return TaiyuanBodies.CITY + d.name() + STREETS.get(random.nextInt(STREETS.size())) + (1 + random.nextInt(300)) + "号";
	}

	/** Deputies of all five levels, in the report's proportion (most of them municipal and county). */
	private List<Long> deputies(Random random, int count) {
		int[] shares = { 3, 10, 45, 32, 10 };
		DeputyLevel[] levels = DeputyLevel.values();
		List<Long> chosen = new ArrayList<>();
		for (int l = 0; l < levels.length; l++) {
			int want = l == levels.length - 1 ? count - chosen.size() : count * shares[l] / 100;
			List<Long> pool = persons(new PersonQuery(null, levels[l], null, null, null, null));
			Collections.shuffle(pool, random);
			pool.stream().filter(p -> !chosen.contains(p)).limit(want).forEach(chosen::add);
		}
		return chosen;
	}

	private List<Long> persons(PersonQuery query) {
		return new ArrayList<>(directory.findPersons(query, 1, 200).items().stream().map(PersonListItem::id)
			.map(id -> id.value()).toList());
	}

	private OrganizationId unit(String name) {
		return directory.organizationNamed(name).map(OrganizationView::id)
			.orElseThrow(() -> new IllegalStateException("Demo body missing: " + name));
	}
}
