package org.lvzhi.bench.directory;

import java.util.Random;

/**
 * Chinese personal names: a surname drawn by its approximate share of the population (the most
 * common surnames, a few compound ones) and a given name of one character (a quarter) or two.
 */
final class Names {

	/** Surnames with their rough share in per mille. */
	private static final Object[][] SURNAMES = { { "王", 71 }, { "李", 70 }, { "张", 67 }, { "刘", 54 }, { "陈", 45 },
			{ "杨", 32 }, { "黄", 22 }, { "赵", 22 }, { "吴", 20 }, { "周", 19 }, { "徐", 16 }, { "孙", 15 }, { "马", 15 },
			{ "朱", 13 }, { "胡", 13 }, { "郭", 12 }, { "何", 11 }, { "高", 11 }, { "林", 11 }, { "罗", 9 }, { "郑", 9 },
			{ "梁", 9 }, { "谢", 8 }, { "宋", 7 }, { "唐", 7 }, { "许", 7 }, { "韩", 7 }, { "冯", 6 }, { "邓", 6 }, { "曹", 6 },
			{ "彭", 6 }, { "曾", 6 }, { "肖", 6 }, { "田", 5 }, { "董", 5 }, { "袁", 5 }, { "潘", 5 }, { "于", 5 }, { "蒋", 5 },
			{ "蔡", 5 }, { "余", 5 }, { "杜", 5 }, { "叶", 4 }, { "程", 4 }, { "苏", 4 }, { "魏", 4 }, { "吕", 4 }, { "丁", 4 },
			{ "任", 4 }, { "沈", 4 }, { "姚", 4 }, { "卢", 4 }, { "姜", 3 }, { "崔", 3 }, { "钟", 3 }, { "谭", 3 }, { "陆", 3 },
			{ "汪", 3 }, { "范", 3 }, { "金", 3 }, { "石", 3 }, { "廖", 3 }, { "贾", 3 }, { "夏", 3 }, { "韦", 2 }, { "付", 2 },
			{ "方", 2 }, { "白", 2 }, { "邹", 2 }, { "孟", 2 }, { "熊", 2 }, { "秦", 2 }, { "邱", 2 }, { "江", 2 }, { "尹", 2 },
			{ "薛", 2 }, { "闫", 2 }, { "段", 2 }, { "雷", 2 }, { "侯", 2 }, { "龙", 2 }, { "史", 2 }, { "陶", 2 }, { "黎", 2 },
			{ "贺", 2 }, { "顾", 2 }, { "毛", 2 }, { "郝", 2 }, { "龚", 2 }, { "邵", 2 }, { "万", 2 }, { "钱", 2 }, { "严", 2 },
			{ "武", 2 }, { "戴", 2 }, { "覃", 1 }, { "莫", 1 }, { "孔", 1 }, { "向", 1 }, { "汤", 1 }, { "常", 1 }, { "温", 1 },
			{ "康", 1 }, { "牛", 1 }, { "乔", 1 }, { "欧阳", 1 }, { "司马", 1 }, { "上官", 1 }, { "诸葛", 1 } };

	private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂华建国文志红玉兰春海云飞鹏辉斌俊峰晓燕丹萍鑫宇浩博凯欣婷雪琳颖慧佳晨阳宁林亮波彬成龙新东永生德福金荣庆立学忠民安宏胜利军华振兴家庭树清正梅莉蓉芬珍凤翠琴素霞英红艳萍玲丽娟静敏洁晶婕璐倩悦怡彤妍嘉宏毅鹏程子轩梓涵一诺浩然雨泽";

	private final String[] surnames;
	private final int[] cumulative;
	private final int total;

	Names() {
		surnames = new String[SURNAMES.length];
		cumulative = new int[SURNAMES.length];
		int sum = 0;
		for (int i = 0; i < SURNAMES.length; i++) {
			surnames[i] = (String) SURNAMES[i][0];
			sum += (Integer) SURNAMES[i][1];
			cumulative[i] = sum;
		}
		total = sum;
	}

	String surname(Random random) {
		int x = random.nextInt(total);
		for (int i = 0; i < cumulative.length; i++) {
			if (x < cumulative[i]) {
				return surnames[i];
			}
		}
		return surnames[0];
	}

	String given(Random random) {
		char a = GIVEN.charAt(random.nextInt(GIVEN.length()));
		if (random.nextInt(4) == 0) {
			return String.valueOf(a);
		}
		return "" + a + GIVEN.charAt(random.nextInt(GIVEN.length()));
	}

	String name(Random random) {
		return surname(random) + given(random);
	}

	/**
	 * A two-character part of a real name, as someone types it in the search box: the surname and
	 * the first given character ("王建"), or the two-character given name ("建国").
	 */
	static String fragment(String name, java.util.SplittableRandom random) {
		if (name.length() <= 2) {
			return name;
		}
		int start = random.nextInt(name.length() - 1);
		return name.substring(start, start + 2);
	}
}
