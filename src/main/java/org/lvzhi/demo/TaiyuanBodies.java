package org.lvzhi.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * The fixed facts of Taiyuan in 2023: names of bodies, districts with their area codes and
 * deputy numbers, towns. Only the persons are drawn at random.
 */
final class TaiyuanBodies {

	static final String CHAIR_NAME = "魏民";
	static final String CITY = "太原市";
	static final String CONGRESS = "太原市第十五届人民代表大会";
	static final String STANDING_COMMITTEE = "太原市第十五届人民代表大会常务委员会";
	static final String COUNCIL = "太原市人大常委会主任会议";
	static final String NPC = "第十四届全国人民代表大会";
	static final String NPC_DELEGATION = "山西代表团";
	static final String PROVINCIAL = "山西省第十四届人民代表大会";
	static final String PROVINCIAL_DELEGATION = "太原代表团";
	static final String PLA_DELEGATION = "解放军代表团";
	static final String GOVERNMENT = "太原市人民政府";
	static final String DEMO_UNIT = "市住房和城乡建设局";
	static final String DEMO_DEPUTY_DELEGATION = "小店区代表团";
	static final LocalDate TERM_START = LocalDate.of(2022, 1, 6);
	static final LocalDate NPC_START = LocalDate.of(2023, 3, 5);
	static final LocalDate PROVINCIAL_START = LocalDate.of(2023, 1, 14);
	static final LocalDate COUNTY_START = LocalDate.of(2021, 12, 20);
	static final LocalDate TOWNSHIP_START = LocalDate.of(2021, 12, 10);
	static final int COUNTY_TERM = 17;
	static final int TOWNSHIP_TERM = 18;

	/** A district or county: its name, area code, municipal deputies, district deputies. */
	record District(String name, String areaCode, int municipalDeputies, int countyDeputies) {

		String congress() {
			return CITY + name + "第十七届人民代表大会";
		}
	}

	static final List<District> DISTRICTS = List.of(
			new District("小店区", "140105", 70, 240), new District("迎泽区", "140106", 55, 200),
			new District("杏花岭区", "140107", 55, 210), new District("尖草坪区", "140108", 50, 190),
			new District("万柏林区", "140109", 60, 230), new District("晋源区", "140110", 35, 160),
			new District("古交市", "140181", 40, 170), new District("清徐县", "140121", 40, 180),
			new District("阳曲县", "140122", 30, 150), new District("娄烦县", "140123", 25, 150));

	static final int PLA_DEPUTIES = 20;
	static final int NATIONAL_DEPUTIES = 20;
	static final int PROVINCIAL_DEPUTIES = 100;
	static final int TOWNSHIP_DEPUTIES = 45;
	static final int GROUPS_PER_DELEGATION = 3;
	static final int GROUPS_PER_DISTRICT = 6;

	/** Towns with their own congress, and the district each lies in. */
	static final List<String[]> TOWNS = List.of(new String[] { "清源镇", "清徐县" }, new String[] { "徐沟镇", "清徐县" },
			new String[] { "东于镇", "清徐县" }, new String[] { "黄寨镇", "阳曲县" }, new String[] { "大盂镇", "阳曲县" },
			new String[] { "娄烦镇", "娄烦县" }, new String[] { "静游镇", "娄烦县" }, new String[] { "河口镇", "古交市" },
			new String[] { "镇城底镇", "古交市" }, new String[] { "姚村镇", "晋源区" });

	static final List<String> SPECIAL_COMMITTEES = List.of("法制委员会", "财政经济委员会", "教育科学文化卫生委员会",
			"城乡建设环境保护委员会", "农业与农村委员会", "监察和司法委员会", "社会建设委员会");

	static final List<String> WORKING_COMMITTEES = List.of("法制工作委员会", "代表工作委员会", "预算工作委员会");

	static final List<String> OFFICES = List.of("办公厅", "研究室", "信访局");

	static final List<String> DEPARTMENTS = List.of("市发展和改革委员会", "市教育局", "市科学技术局", "市工业和信息化局",
			"市民族宗教事务局", "市公安局", "市民政局", "市司法局", "市财政局", "市人力资源和社会保障局", "市规划和自然资源局",
			"市生态环境局", "市住房和城乡建设局", "市城乡管理局", "市交通运输局", "市水务局", "市农业农村局", "市商务局",
			"市文化和旅游局", "市卫生健康委员会", "市退役军人事务局", "市应急管理局", "市审计局", "市人民政府外事办公室",
			"市国有资产监督管理委员会", "市市场监督管理局", "市体育局", "市统计局", "市医疗保障局", "市行政审批服务管理局",
			"市能源局", "市林业和草原局", "市乡村振兴局", "市地方金融监督管理局", "市人民防空办公室", "市机关事务管理局",
			"市投资促进局", "市园林局", "市粮食和物资储备局", "市人民政府研究室");

	static final List<String> OCCUPATIONS = List.of("%s%s街道办事处主任", "%s%s村党支部书记、村委会主任",
			"%s人民医院%s科主任", "%s第%s中学教师", "山西%s实业有限公司董事长", "%s%s社区居委会主任", "太原%s集团职工",
			"%s%s镇党委书记", "%s农业合作社%s理事长", "太原理工大学%s学院教授", "%s%s小学校长", "太原%s有限公司工程师");

	static final List<String> WORDS = List.of("长风", "晋阳", "汾河", "龙城", "并州", "晋祠", "双塔", "迎泽", "柳巷", "滨河",
			"东山", "西山", "南城", "北营", "坞城", "学府", "亲贤", "朝阳");

	private TaiyuanBodies() {
	}
}
