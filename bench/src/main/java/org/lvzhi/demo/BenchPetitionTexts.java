package org.lvzhi.demo;

import java.util.Random;

/**
 * Petition texts for the petitions benchmark, written from the demo world's own matters
 * ({@link PetitionTexts}, compiled into the harness from {@code ../src/main/java}) and varied the way
 * real letters vary: a compound or village name after the street, and a few of the details people
 * add (how long, how many households, whom they asked before, what they want). Each text is drawn
 * from its own seed, so the millionth petition costs the same as the first and every run is equal.
 */
public final class BenchPetitionTexts {

	/** One petition's matter: category and area as the form's lists name them. */
	public record Text(String category, String area, String subject, String matter) {
	}

	private static final String[] AREAS = { "小店区", "迎泽区", "杏花岭区", "尖草坪区", "万柏林区", "晋源区", "古交市", "清徐县",
			"阳曲县", "娄烦县" };

	private static final String[] COMPOUNDS = { "锦绣苑", "阳光花园", "康乐小区", "和平里", "建设新村", "龙城佳园", "汾河湾", "晋阳苑",
			"长治路南区", "水西关", "东山新村", "南寨社区", "北营村", "西铭村", "王村", "许坦村", "姚村", "南屯村", "化工厂宿舍",
			"铁路家属院", "机床厂生活区", "纺织厂宿舍", "煤机厂小区", "丽华苑", "滨河东苑", "新建路小区", "桃园北路", "五一路", "府西街",
			"青年路" };

	private static final String[] DETAILS = { "涉及住户约%d户。", "这个问题已经持续了%d个多月。", "此前已于%d月向街道办事处反映，至今没有答复。",
			"我们曾拨打12345热线%d次，每次都说转交有关部门。", "社区和物业互相推诿，没有人管。", "附上照片和相关材料%d份。",
			"家里有%d位八十岁以上的老人，生活受到很大影响。", "去年冬天也发生过同样的问题。", "有关部门答复正在研究，但一直没有结果。",
			"请求人大常委会督促有关部门依法处理。", "希望尽快给个说法。", "周边几个小区的居民都有同样的诉求。", "我们愿意配合调查，提供证据。",
			"相关费用已按时缴纳，共计%d元。", "问题反映后情况反而更严重了。", "孩子上学和老人就医都很不方便。", "请求公开处理结果。",
			"此事已经影响到%d户居民的正常生活。", "多次协商未果，请求依法协调解决。", "希望有关部门到现场实地查看。" };

	private BenchPetitionTexts() {
	}

	public static String[] areas() {
		return AREAS.clone();
	}

	/** The text of petition number {@code n} of a run with seed {@code seed}. */
	public static Text of(long seed, long n) {
		Random random = new Random(seed * 1_000_003L + n);
		PetitionTexts.Matter m = PetitionTexts.pick(random);
		String area = AREAS[random.nextInt(AREAS.length)];
		String place = PetitionTexts.place(random, area);
		if (random.nextInt(10) < 6) {
			place += COMPOUNDS[random.nextInt(COMPOUNDS.length)];
		}
		StringBuilder matter = new StringBuilder(m.matter().formatted(place));
		int details = random.nextInt(4);
		for (int i = 0; i < details; i++) {
			String d = DETAILS[random.nextInt(DETAILS.length)];
			matter.append(d.contains("%d") ? d.formatted(2 + random.nextInt(d.contains("元") ? 5000 : 30)) : d);
		}
		return new Text(m.category(), area, m.subject().formatted(place), matter.toString());
	}
}
