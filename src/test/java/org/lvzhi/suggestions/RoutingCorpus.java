package org.lvzhi.suggestions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A labelled set of realistic suggestions for measuring the routing hint: Taiyuan themes, each
 * usually assigned to its department and sometimes to a neighbouring one (as real practice
 * varies), plus near-duplicates planted as paraphrases of some of them.
 */
final class RoutingCorpus {

	record Labelled(String id, String title, String body, String unit, String duplicateOf) {
	}

	private record Theme(String unit, String otherUnit, List<String> topics, List<String> sentences) {
	}

	private static final List<String> DISTRICTS = List.of("小店区", "迎泽区", "杏花岭区", "尖草坪区", "万柏林区", "晋源区",
			"清徐县", "阳曲县", "古交市", "娄烦县");

	private static final List<String> FILLER = List.of("建议有关部门高度重视，加强统筹协调，尽快研究解决。",
			"群众对此反映强烈，希望早日落实。", "建议明确责任分工，建立长效机制。", "请相关部门加大资金投入，切实回应群众关切。");

	private static final List<Theme> THEMES = List.of(
			new Theme("市住房和城乡建设局", "市规划和自然资源局", List.of("老旧小区改造", "既有住宅加装电梯", "物业管理服务"),
					List.of("部分老旧小区建成年代久远，管网老化，屋面漏水。", "老旧小区改造中居民意见征求不充分。", "多层住宅没有电梯，老年居民上下楼困难。",
							"加装电梯审批流程复杂，费用分摊难以协商。", "物业服务收费与服务质量不匹配，业主投诉较多。", "建议完善物业企业信用评价和退出机制。")),
			new Theme("市交通运输局", "市公安局", List.of("公交线路优化", "出租车服务规范", "城郊客运班线"),
					List.of("部分新建小区周边没有公交线路，居民出行不便。", "公交发车间隔过长，早晚高峰车厢拥挤。", "出租车拒载、绕路现象时有发生。",
							"网约车与巡游出租车监管标准不一。", "城郊客运班线车辆陈旧，班次少。", "建议增设公交站点，优化换乘衔接。")),
			new Theme("市教育局", "市人力资源和社会保障局", List.of("中小学学位供给", "校园周边安全", "课后服务"),
					List.of("新建片区学位紧张，学生就近入学困难。", "部分学校班额过大，教师配备不足。", "校园周边交通秩序混乱，上下学时段拥堵。",
							"学校周边流动摊贩售卖三无食品。", "课后服务内容单一，家长接送困难。", "建议加大课后服务经费保障，丰富服务内容。")),
			new Theme("市卫生健康委员会", "市医疗保障局", List.of("社区卫生服务", "院前急救", "医养结合"),
					List.of("社区卫生服务中心医生少、设备旧，群众看病仍往大医院跑。", "基层医疗机构药品种类不全。", "急救站点布局不均，偏远地区急救车到达时间长。",
							"院前急救与医院救治衔接不畅。", "养老机构缺乏医疗服务能力，老人就医不便。", "建议推进医疗机构与养老机构签约合作。")),
			new Theme("市生态环境局", "市城乡管理局", List.of("大气污染防治", "工业企业异味", "汾河水质保护"),
					List.of("冬季采暖期空气质量较差，重污染天气频发。", "部分工业企业废气排放异味扰民。", "建筑工地扬尘管控不到位。",
							"汾河部分支流水质不稳定，存在生活污水直排。", "建议加强污染源在线监测和执法检查。", "建议完善河道生态补水和水质监测。")),
			new Theme("市城乡管理局", "市住房和城乡建设局", List.of("生活垃圾分类", "占道经营治理", "公共厕所建设"),
					List.of("小区垃圾分类投放点设置不合理，分类收运不彻底。", "垃圾分类宣传不到位，居民参与度不高。", "夜市占道经营影响通行，油烟扰民。",
							"背街小巷环境卫生脏乱差。", "繁华路段公共厕所数量不足，标识不清。", "建议加强市容环境网格化管理。")),
			new Theme("市农业农村局", "市乡村振兴局", List.of("高标准农田建设", "特色农产品销售", "农村人居环境整治"),
					List.of("部分农田灌溉设施老化，旱涝保收能力弱。", "高标准农田建成后管护责任不明确。", "小杂粮等特色农产品品牌弱、销路窄。",
							"建议搭建农产品电商平台，发展冷链物流。", "农村生活污水和垃圾处理设施不足。", "村庄道路硬化和户厕改造需要加快推进。")),
			new Theme("市人力资源和社会保障局", "市财政局", List.of("高校毕业生就业", "农民工工资支付", "灵活就业人员社保"),
					List.of("高校毕业生留并就业意愿不强，岗位匹配度低。", "建议扩大就业见习基地规模。", "部分工程项目拖欠农民工工资。",
							"农民工工资保证金制度落实不到位。", "灵活就业人员参加社会保险门槛高。", "建议简化社保转移接续手续。")),
			new Theme("市民政局", "市卫生健康委员会", List.of("社区居家养老", "困难群众救助", "养老机构监管"),
					List.of("社区日间照料中心运营难，利用率不高。", "高龄独居老人缺少助餐助浴服务。", "困难群众救助认定标准不够精准。",
							"临时救助审批时间长，急难情况难以及时救助。", "部分民办养老机构消防安全隐患突出。", "建议加强养老服务人才队伍建设。")),
			new Theme("市文化和旅游局", "市园林局", List.of("晋祠文旅融合", "古建筑保护利用", "公共文化服务"),
					List.of("晋祠等景区配套服务设施不足，游客体验不佳。", "文旅产品同质化，缺少夜间消费场景。", "部分古建筑年久失修，保护资金不足。",
							"建议推动古建筑活化利用，引入社会资本。", "社区图书室开放时间短，藏书更新慢。", "建议推进公共文化设施免费开放和数字化服务。")));

	private RoutingCorpus() {
	}

	/** {@code perTheme} suggestions per theme, and a paraphrased duplicate of every {@code duplicateEvery}-th. */
	static List<Labelled> generate(long seed, int perTheme, int duplicateEvery) {
		Random random = new Random(seed);
		List<Labelled> all = new ArrayList<>();
		int n = 0;
		for (Theme theme : THEMES) {
			for (int i = 0; i < perTheme; i++) {
				String district = DISTRICTS.get(random.nextInt(DISTRICTS.size()));
				String topic = theme.topics().get(random.nextInt(theme.topics().size()));
				List<String> picked = pick(random, theme.sentences(), 3);
				String body = district + "在" + topic + "方面存在以下问题：" + String.join("", picked)
						+ FILLER.get(random.nextInt(FILLER.size()));
				// About one in eight went to the neighbouring department, as the commission decided case by case.
				String unit = random.nextInt(8) == 0 ? theme.otherUnit() : theme.unit();
				String id = "b" + (++n);
				all.add(new Labelled(id, "关于" + district + topic + "的建议", body, unit, null));
				if (n % duplicateEvery == 0) {
					List<String> reordered = new ArrayList<>(picked);
					java.util.Collections.reverse(reordered);
					String paraphrase = "针对" + district + topic + "问题，" + String.join("", reordered)
							+ FILLER.get(random.nextInt(FILLER.size())) + "恳请予以重视。";
					all.add(new Labelled("d" + n, "建议解决" + district + topic + "问题", paraphrase, unit, id));
				}
			}
		}
		return all;
	}

	private static List<String> pick(Random random, List<String> from, int count) {
		List<String> copy = new ArrayList<>(from);
		java.util.Collections.shuffle(copy, random);
		return copy.subList(0, count);
	}

	static Map<String, Labelled> byId(List<Labelled> all) {
		Map<String, Labelled> map = new java.util.LinkedHashMap<>();
		all.forEach(l -> map.put(l.id(), l));
		return map;
	}
}
