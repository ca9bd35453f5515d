package org.lvzhi.demo;

import java.util.Random;
import java.util.Set;

/**
 * Plausible, fictional Chinese names: a surname drawn by rough frequency and a one- or
 * two-character given name. The real chair's name is never drawn for anyone else.
 */
final class Names {

	private static final String SURNAMES = "王王王李李李张张张刘刘陈陈杨杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文";
	private static final String MALE = "伟刚勇毅俊峰强军平保东文辉力明永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞彬富顺信子杰涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮政谦亨奇固之轮翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以建家致树炎德行时泰盛雄琛钧冠策腾楠榕风航弘";
	private static final String FEMALE = "秀娟英华慧巧美娜静淑惠珠翠雅芝玉萍红娥玲芬芳燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛艳瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思丽";

	private Names() {
	}

	static String next(Random random, boolean male, Set<String> reserved) {
		while (true) {
			String surname = String.valueOf(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
			String pool = male ? MALE : FEMALE;
			String given = String.valueOf(pool.charAt(random.nextInt(pool.length())));
			if (random.nextInt(10) < 7) {
				given += pool.charAt(random.nextInt(pool.length()));
			}
			String name = surname + given;
			if (!reserved.contains(name)) {
				return name;
			}
		}
	}
}
