package org.lvzhi.demo;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.lvzhi.participation.Audience;
import org.lvzhi.participation.QuestionKind;
import org.lvzhi.participation.QuestionSpec;
import org.lvzhi.participation.QuestionnaireId;
import org.lvzhi.participation.Questionnaires;
import org.springframework.stereotype.Component;

/**
 * The city-wide business-environment questionnaire (营商环境问卷) of 2023: twenty questions of every
 * kind, two of them shown only to firms that met difficulties, answered 3,762 times over June and
 * July with the distributions such surveys show (mostly small firms, satisfaction leaning to
 * "satisfied", a tail of complaints about paperwork and repeated inspections), and its results
 * published. No respondent is anybody: answers come from invented devices.
 */
@Component
class TaiyuanQuestionnaire implements DemoContributor {

	static final int RESPONSES = 3762;
	static final LocalDateTime OPENS = LocalDateTime.of(2023, 6, 1, 9, 0);
	static final LocalDateTime CLOSES = LocalDateTime.of(2023, 8, 1, 0, 0);

	private static final List<String> DISTRICTS = List.of("小店区", "迎泽区", "杏花岭区", "尖草坪区", "万柏林区", "晋源区",
			"古交市", "清徐县", "阳曲县", "娄烦县", "山西转型综改示范区");
	private static final List<String> DISTRICTS_EN = List.of("Xiaodian", "Yingze", "Xinghualing", "Jiancaoping",
			"Wanbailin", "Jinyuan", "Gujiao", "Qingxu", "Yangqu", "Loufan", "Transformation Demonstration Zone");
	private static final int[] DISTRICT_WEIGHTS = { 24, 15, 12, 8, 13, 6, 3, 5, 3, 1, 10 };
	private static final List<String> SIZES = List.of("大型企业", "中型企业", "小型企业", "微型企业", "个体工商户");
	private static final int[] SIZE_WEIGHTS = { 4, 12, 33, 29, 22 };
	private static final List<String> TROUBLES = List.of("需要提交的材料多", "需要跑多次", "标准不统一", "办理时限长",
			"部门之间推诿", "其他");
	private static final String[] TROUBLE_STORIES = { "办理施工许可时各部门要求的材料不一致，来回补正了三次",
			"不动产登记需要先后跑两个窗口，希望能够一窗受理", "同一事项在区里和市里的办理标准不一样",
			"水电气报装时间较长，影响了项目投产进度", "企业变更登记网上办理系统经常卡顿，最后还是去了大厅",
			"税务和社保的数据不共享，需要重复填报", "年内接受了多次内容相近的检查，影响正常经营" };
	private static final String[] POLICIES = { "降低融资成本", "减少重复检查", "稳定用工补贴", "延长税费缓缴", "简化审批流程",
			"加大政府采购对中小企业的支持", "降低物流成本", "公平竞争审查" };
	private static final String[] OPINIONS = { "建议进一步压减审批材料和办理时限，推行一窗受理、一次办结。",
			"希望执法部门统筹检查计划，避免多头检查、重复检查。", "建议加强政策宣传解读，让企业知道有哪些惠企政策、怎么申请。",
			"希望拖欠中小企业账款的问题得到有效解决。", "建议完善政企沟通机制，企业反映的问题要有回音、有结果。",
			"融资难融资贵问题仍然突出，建议扩大政府性融资担保覆盖面。", "希望政务服务网上办理更加稳定便捷，减少线下跑腿。",
			"建议保持政策的连续性和稳定性，给企业稳定预期。" };

	private final Questionnaires questionnaires;

	TaiyuanQuestionnaire(Questionnaires questionnaires) {
		this.questionnaires = questionnaires;
	}

	@Override
	public int order() {
		return 975;
	}

	@Override
	public String name() {
		return "questionnaire";
	}

	@Override
	public void contribute(DemoContext context) {
		Random random = context.random(name());
		QuestionnaireId id = questionnaires.create("2023年太原市营商环境问卷调查",
				"为了解全市营商环境状况，推动《太原市优化营商环境条例》贯彻实施，市人大常委会开展本次问卷调查。问卷不记名，约需5分钟。",
				"问卷不收集姓名、电话等个人信息，答卷仅用于统计分析。", Audience.LINK);
		String basics = "一、企业基本情况";
		long district = add(id, QuestionSpec.of(QuestionKind.SINGLE, "企业所在县（市、区）", true, DISTRICTS)
			.inSection(basics).inEnglish("County or district of the firm", DISTRICTS_EN));
		long size = add(id, QuestionSpec.of(QuestionKind.SINGLE, "企业规模", true, SIZES)
			.inEnglish("Size of the firm", List.of("Large", "Medium", "Small", "Micro", "Sole trader")));
		long sector = add(id, QuestionSpec.of(QuestionKind.SINGLE, "所属行业", true,
				List.of("制造业", "批发和零售业", "住宿和餐饮业", "建筑业", "信息技术服务业", "交通运输和物流业", "其他服务业"))
			.inEnglish("Sector", List.of("Manufacturing", "Wholesale and retail", "Hotels and catering", "Construction",
					"IT services", "Transport and logistics", "Other services")));
		long staff = add(id, QuestionSpec.of(QuestionKind.NUMBER, "员工人数", false, List.of()).range(0, 100000)
			.inEnglish("Number of employees", List.of()));
		long years = add(id, QuestionSpec.of(QuestionKind.NUMBER, "在太原经营年限（年）", false, List.of()).range(0, 100)
			.inEnglish("Years in business in Taiyuan", List.of()));
		String services = "二、政务服务";
		long overall = add(id, QuestionSpec.of(QuestionKind.SCALE, "对全市政务服务的总体满意度（1分最低，5分最高）", true, List.of())
			.inSection(services).inEnglish("Overall satisfaction with government services (1 lowest, 5 highest)", List.of()));
		List<String> matters = List.of("企业开办", "工程建设项目审批", "不动产登记", "纳税服务", "水电气暖报装", "融资服务");
		long matrix = add(id, QuestionSpec.of(QuestionKind.MATRIX, "对以下事项办理情况的满意度", true, matters)
			.inEnglish("Satisfaction with each of these services", List.of("Starting a business",
					"Construction permits", "Property registration", "Paying taxes", "Utility connections", "Access to credit")));
		long channels = add(id, QuestionSpec.of(QuestionKind.MULTIPLE, "办理业务时主要使用的渠道", true,
				List.of("政务服务大厅", "“三晋通”APP", "网上办事大厅", "12345热线", "委托中介机构"))
			.inEnglish("Channels used for dealing with the government", List.of("Service hall", "Sanjintong app",
					"Online service portal", "12345 hotline", "An agent")));
		long trouble = add(id, QuestionSpec.of(QuestionKind.SINGLE, "过去一年是否遇到过“办事难”", true,
				List.of("没有", "偶尔", "经常"))
			.inEnglish("Did dealing with the government prove hard in the past year?", List.of("No", "Sometimes", "Often")));
		List<String> hard = List.of("偶尔", "经常");
		long troubles = add(id, QuestionSpec.of(QuestionKind.MULTIPLE, "遇到的主要问题", true, TROUBLES)
			.inEnglish("The main problems", List.of("Too many documents", "Several visits", "Inconsistent standards",
					"Long waits", "Departments passing the buck", "Other"))
			.shownWhen(trouble, hard));
		long story = add(id, QuestionSpec.of(QuestionKind.LONG_TEXT, "请具体描述遇到的问题", false, List.of())
			.inEnglish("Please describe the problem", List.of()).shownWhen(trouble, hard));
		String law = "三、法治环境";
		long enforcement = add(id, QuestionSpec.of(QuestionKind.SCALE, "对行政执法规范性的评价（1分最低，5分最高）", true, List.of())
			.inSection(law).inEnglish("How proper is administrative enforcement? (1 lowest, 5 highest)", List.of()));
		long inspections = add(id, QuestionSpec.of(QuestionKind.SINGLE, "过去一年接受同一事项重复检查的次数", true,
				List.of("没有", "1至2次", "3次以上"))
			.inEnglish("Repeated inspections on the same matter in the past year", List.of("None", "1 or 2", "3 or more")));
		long disputes = add(id, QuestionSpec.of(QuestionKind.SINGLE, "合同纠纷的解决是否顺畅", false,
				List.of("顺畅", "一般", "不顺畅", "未遇到"))
			.inEnglish("Were contract disputes resolved smoothly?", List.of("Smoothly", "So-so", "Not smoothly", "Had none")));
		long ip = add(id, QuestionSpec.of(QuestionKind.SCALE, "对知识产权保护的评价（1分最低，10分最高）", false, List.of())
			.range(1, 10).inEnglish("Protection of intellectual property (1 lowest, 10 highest)", List.of()));
		String market = "四、市场环境和意见建议";
		long improve = add(id, QuestionSpec.of(QuestionKind.MULTIPLE, "最希望重点改进的方面（可多选）", true,
				List.of("融资", "用工", "用地", "物流成本", "政策稳定", "公平竞争"))
			.inSection(market).inEnglish("What should improve first (any number)", List.of("Credit", "Labour", "Land",
					"Logistics costs", "Stable policies", "Fair competition")));
		long outlook = add(id, QuestionSpec.of(QuestionKind.SINGLE, "对今后一年经营的预期", true,
				List.of("扩大经营", "维持现状", "收缩经营", "不确定"))
			.inEnglish("Outlook for the coming year", List.of("Expand", "Stay as is", "Shrink", "Uncertain")));
		long policy = add(id, QuestionSpec.of(QuestionKind.SHORT_TEXT, "最希望出台的一项政策", false, List.of())
			.inEnglish("The one policy you most want", List.of()));
		long opinion = add(id, QuestionSpec.of(QuestionKind.LONG_TEXT, "对优化营商环境的意见建议", false, List.of())
			.inEnglish("Your suggestions on the business environment", List.of()));
		long callback = add(id, QuestionSpec.of(QuestionKind.SINGLE, "是否愿意接受回访", false, List.of("愿意", "不愿意"))
			.inEnglish("May we contact you again?", List.of("Yes", "No")));
		questionnaires.publish(id, OPENS, CLOSES);

		long seconds = java.time.Duration.between(OPENS, CLOSES).toSeconds() - 3600;
		List<LocalDateTime> times = new ArrayList<>(RESPONSES);
		for (int i = 0; i < RESPONSES; i++) {
			// Most answers come in the first weeks, after the call went out.
			double share = Math.pow(random.nextDouble(), 1.6);
			times.add(OPENS.plusSeconds((long) (share * seconds)));
		}
		times.sort(null);
		for (int i = 0; i < RESPONSES; i++) {
			Map<String, List<String>> a = new HashMap<>();
			int sizeIndex = weighted(random, SIZE_WEIGHTS);
			put(a, district, DISTRICTS.get(weighted(random, DISTRICT_WEIGHTS)));
			put(a, size, SIZES.get(sizeIndex));
			put(a, sector, pick(random, "制造业", "批发和零售业", "批发和零售业", "住宿和餐饮业", "建筑业", "信息技术服务业",
					"交通运输和物流业", "其他服务业", "其他服务业"));
			if (random.nextInt(10) < 8) {
				int[] typical = { 800, 150, 35, 8, 2 };
				put(a, staff, String.valueOf(Math.max(1, (int) (typical[sizeIndex] * (0.4 + random.nextDouble() * 1.4)))));
			}
			if (random.nextInt(10) < 7) {
				put(a, years, String.valueOf(1 + random.nextInt(sizeIndex < 2 ? 30 : 12)));
			}
			int mood = random.nextInt(100);
			int overallPoint = mood < 4 ? 1 : mood < 10 ? 2 : mood < 27 ? 3 : mood < 68 ? 4 : 5;
			put(a, overall, String.valueOf(overallPoint));
			for (int m = 0; m < matters.size(); m++) {
				int p = overallPoint + random.nextInt(3) - 1 - (m == 1 || m == 5 ? random.nextInt(2) : 0);
				a.put("q" + matrix + "_" + m, List.of(String.valueOf(Math.max(1, Math.min(5, p)))));
			}
			List<String> used = new ArrayList<>();
			if (random.nextInt(10) < 5) {
				used.add("政务服务大厅");
			}
			if (random.nextInt(10) < 6) {
				used.add("“三晋通”APP");
			}
			if (random.nextInt(10) < 4 || used.isEmpty()) {
				used.add("网上办事大厅");
			}
			if (random.nextInt(10) < 2) {
				used.add("12345热线");
			}
			if (random.nextInt(20) < 1) {
				used.add("委托中介机构");
			}
			a.put("q" + channels, used);
			String hardness = overallPoint <= 2 ? pick(random, "偶尔", "经常", "经常")
					: overallPoint == 3 ? pick(random, "没有", "偶尔", "偶尔") : pick(random, "没有", "没有", "没有", "偶尔");
			put(a, trouble, hardness);
			if (!hardness.equals("没有")) {
				List<String> met = new ArrayList<>();
				for (String t : TROUBLES) {
					if (random.nextInt(10) < (t.equals("其他") ? 1 : 4)) {
						met.add(t);
					}
				}
				if (met.isEmpty()) {
					met.add(TROUBLES.get(random.nextInt(4)));
				}
				a.put("q" + troubles, met);
				if (random.nextInt(10) < 4) {
					put(a, story, pick(random, TROUBLE_STORIES));
				}
			}
			put(a, enforcement, String.valueOf(Math.max(1, Math.min(5, overallPoint + random.nextInt(3) - 1))));
			put(a, inspections, pick(random, "没有", "没有", "没有", "1至2次", "1至2次", "3次以上"));
			if (random.nextInt(10) < 9) {
				put(a, disputes, pick(random, "未遇到", "未遇到", "未遇到", "顺畅", "一般", "不顺畅"));
			}
			if (random.nextInt(10) < 8) {
				put(a, ip, String.valueOf(Math.max(1, Math.min(10, overallPoint * 2 - 1 + random.nextInt(3)))));
			}
			List<String> wishes = new ArrayList<>();
			for (String w : List.of("融资", "用工", "用地", "物流成本", "政策稳定", "公平竞争")) {
				if (random.nextInt(10) < (w.equals("融资") ? 6 : w.equals("用地") ? 2 : 3)) {
					wishes.add(w);
				}
			}
			if (wishes.isEmpty()) {
				wishes.add("政策稳定");
			}
			a.put("q" + improve, wishes);
			put(a, outlook, overallPoint >= 4 ? pick(random, "扩大经营", "维持现状", "维持现状")
					: pick(random, "维持现状", "收缩经营", "不确定"));
			if (random.nextInt(10) < 3) {
				put(a, policy, pick(random, POLICIES));
			}
			if (random.nextInt(10) < 2) {
				put(a, opinion, pick(random, OPINIONS));
			}
			if (random.nextInt(10) < 7) {
				put(a, callback, random.nextInt(10) < 3 ? "愿意" : "不愿意");
			}
			questionnaires.answer(id, a, "demo-device-" + i, random.nextInt(50) == 0 ? "en" : "zh", times.get(i));
		}
		questionnaires.publishResults(id, true);
	}

	private long add(QuestionnaireId id, QuestionSpec spec) {
		return questionnaires.addQuestion(id, spec);
	}

	private static void put(Map<String, List<String>> answers, long question, String value) {
		answers.put("q" + question, List.of(value));
	}

	private static String pick(Random random, String... choices) {
		return choices[random.nextInt(choices.length)];
	}

	private static int weighted(Random random, int[] weights) {
		int total = 0;
		for (int w : weights) {
			total += w;
		}
		int r = random.nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			r -= weights[i];
			if (r < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}
}
