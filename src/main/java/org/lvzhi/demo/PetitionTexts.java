package org.lvzhi.demo;

import java.util.List;
import java.util.Random;

/**
 * The matters of the demo world's petitions: what people in Taiyuan plausibly write or come about,
 * each with its category and the department that answers for it. No real persons or cases.
 */
final class PetitionTexts {

	record Matter(String category, String body, String subject, String matter) {
	}

	private static final List<Matter> MATTERS = List.of(
			new Matter("城乡建设", "市住房和城乡建设局", "%s小区供暖温度长期不达标", "%s小区自入冬以来室温一直在16度以下，多次向供热企业反映未解决，请求督促整改。"),
			new Matter("城乡建设", "市住房和城乡建设局", "%s回迁安置房逾期未交付", "%s棚户区改造回迁房原定去年底交付，至今未交房，过渡费也停发，请求协调解决。"),
			new Matter("城乡建设", "市住房和城乡建设局", "%s小区物业维修资金使用不公开", "%s小区电梯维修动用维修资金，业主未见公示明细，请求依法监督。"),
			new Matter("劳动社保", "市人力资源和社会保障局", "%s工地农民工工资被拖欠", "我们在%s一处工地干活八个月，工资至今未结清，多次讨要无果，请求帮助追讨。"),
			new Matter("劳动社保", "市人力资源和社会保障局", "%s企业退休人员养老金核定有误", "我在%s一家企业退休，认为视同缴费年限计算有误，请求重新核定养老金。"),
			new Matter("国土资源", "市规划和自然资源局", "%s宅基地确权争议", "%s村宅基地确权时与邻居发生界址争议，村里和镇里调解未果，请求依法处理。"),
			new Matter("国土资源", "市规划和自然资源局", "%s征地补偿标准异议", "%s片区征地补偿标准低于周边，村民对补偿方案有异议，请求复核。"),
			new Matter("生态环境", "市生态环境局", "%s餐饮油烟扰民", "%s临街餐馆油烟直排居民楼，夏天无法开窗，多次投诉未改，请求查处。"),
			new Matter("生态环境", "市生态环境局", "%s搅拌站夜间施工噪声", "%s附近搅拌站夜间作业噪声很大，影响周边居民休息，请求依法管理。"),
			new Matter("交通运输", "市交通运输局", "%s公交线路调整后出行不便", "%s公交线路调整后居民到医院要换乘两次，请求恢复原线路或增设站点。"),
			new Matter("教育文化", "市教育局", "%s新建小区配套学校未按期开办", "%s新建小区规划的配套小学至今未开办，孩子只能远距离上学，请求落实。"),
			new Matter("卫生健康", "市卫生健康委员会", "%s社区卫生服务站关停", "%s社区卫生服务站突然关停，老年人看病取药很不方便，请求恢复。"),
			new Matter("农业农村", "市农业农村局", "%s土地流转租金未兑现", "%s村土地流转给合作社后，租金已两年未兑现，请求督促支付。"),
			new Matter("企业改制", "市国有资产监督管理委员会", "%s改制企业职工身份置换补偿", "原%s国有企业改制时职工身份置换补偿未足额发放，请求核查。"),
			new Matter("城乡建设", "市城乡管理局", "%s背街小巷路灯长期不亮", "%s背街小巷路灯坏了半年没人修，晚上出行不安全，请求维修。"),
			new Matter("政法", "市公安局", "%s小区电动车充电安全隐患", "%s小区电动车在楼道充电，多次发生险情，请求加强管理并建设充电设施。"));

	private PetitionTexts() {
	}

	static Matter pick(Random random) {
		return MATTERS.get(random.nextInt(MATTERS.size()));
	}

	static String place(Random random, String area) {
		String[] spots = { "坞城路", "并州路", "亲贤街", "长风街", "胜利街", "解放路", "迎泽大街", "和平路", "南内环", "北中环" };
		return area + spots[random.nextInt(spots.length)];
	}
}
