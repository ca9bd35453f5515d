package org.lvzhi.liaison;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The rules of the station network ({@code lvzhi.liaison.*}).
 *
 * @param announceDays a reception day is announced on the public pages at least this many days ahead (3)
 * @param intakePerHour online opinions one address may leave per hour (5)
 * @param remindDaysBefore forwarded opinions are chased this many days before they fall due (3)
 * @param chaseEveryDays an opinion chased within this many days is not chased again, so that reminders
 *        to the body and the deputies do not pile up (7)
 * @param categories the categories an opinion is filed under
 * @param districts the districts and counties stations lie in
 * @param criteria what model-station reviewers score (each 0–20)
 */
@ConfigurationProperties("lvzhi.liaison")
public record LiaisonSettings(Integer announceDays, Integer intakePerHour, Integer remindDaysBefore,
		Integer chaseEveryDays, List<String> categories, List<String> districts, List<String> criteria) {

	public LiaisonSettings {
		announceDays = announceDays == null ? 3 : announceDays;
		intakePerHour = intakePerHour == null ? 5 : intakePerHour;
		remindDaysBefore = remindDaysBefore == null ? 3 : remindDaysBefore;
		chaseEveryDays = chaseEveryDays == null || chaseEveryDays < 1 ? 7 : chaseEveryDays;
		categories = categories == null || categories.isEmpty() ? List.of("城市建设", "交通出行", "物业管理", "供暖供气",
				"教育", "养老服务", "医疗卫生", "社会保障", "生态环境", "农业农村", "法律事务", "其他") : List.copyOf(categories);
		districts = districts == null || districts.isEmpty() ? List.of("小店区", "迎泽区", "杏花岭区", "尖草坪区", "万柏林区",
				"晋源区", "古交市", "清徐县", "阳曲县", "娄烦县") : List.copyOf(districts);
		criteria = criteria == null || criteria.isEmpty()
				? List.of("五有", "五公开", "五到位", "活动成效", "群众评价") : List.copyOf(criteria);
	}

	/** The highest score a reviewer gives on one criterion. */
	public int maxScore() {
		return 20;
	}
}
