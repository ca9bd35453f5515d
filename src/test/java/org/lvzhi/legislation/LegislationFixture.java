package org.lvzhi.legislation;

import java.util.concurrent.ThreadLocalRandom;

/** Texts the legislation tests share: a draft at its first and second reading, a regulation to import, a word to search for. */
public final class LegislationFixture {

	/** A draft regulation as first read. */
	public static final String FIRST = """
			太原市城市绿化条例（草案）
			第一章　总　　则
			第一条　为了加强城市绿化建设，改善生态环境，根据有关法律、法规，结合本市实际，制定本条例。
			第二条　本条例适用于本市城市规划区内的绿化规划、建设、保护和管理。
			第三条　市园林绿化主管部门负责全市城市绿化工作。
			第二章　保　　护
			第四条　任何单位和个人不得擅自砍伐、移植城市树木。
			第五条　违反本条例规定的，由园林绿化主管部门责令改正，处五百元以上二千元以下罚款。
			第六条　本条例自公布之日起施行。
			""";

	/** The same draft as revised for its second reading: an article added, others moved. */
	public static final String SECOND = """
			太原市城市绿化条例（草案修改稿）
			第一章　总　　则
			第一条　城市绿化坚持政府主导、社会参与、科学规划的原则。
			第二条　为了加强城市绿化建设，改善生态环境，根据有关法律、法规，结合本市实际，制定本条例。
			第三条　本条例适用于本市城市规划区内的绿化规划、建设、保护和管理。
			第二章　保　　护
			第四条　任何单位和个人不得擅自砍伐、移植城市树木。
			第五条　违反本条例规定的，由园林绿化主管部门责令限期改正，处一千元以上五千元以下罚款。
			第六条　市园林绿化主管部门负责全市城市绿化工作。
			第七条　本条例自2024年1月1日起施行。
			""";

	private LegislationFixture() {
	}

	/** A made-up word no other text holds. */
	public static String word() {
		StringBuilder w = new StringBuilder("lq");
		for (int i = 0; i < 8; i++) {
			w.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return w.toString();
	}

	/** A regulation in the library's Markdown form whose article holds {@code word}. */
	public static String regulation(String title, String word) {
		return """
				# %s

				2023年6月30日太原市第十五届人民代表大会常务委员会第十次会议通过

				<!-- INFO END -->

				## 第一章 总则

				第一条 为了保护汾河流域生态环境，制定本条例。

				## 第二章 保护措施

				第二条 禁止在汾河河道管理范围内倾倒%s垃圾、渣土。

				第三条 本条例自2023年10月1日起施行。
				""".formatted(title, word);
	}
}
