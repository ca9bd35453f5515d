package org.lvzhi.petitions.handling;

import java.util.List;

import org.lvzhi.deadlines.DeadlinePeriod;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The periods and lists of the petitions workflow ({@code lvzhi.petitions.*}). The defaults are
 * those of 信访工作条例 (2022): periods in 日, i.e. calendar days whose last day moves to the next
 * working day (民法典 art. 203); a deployment whose local rule counts working days sets the unit.
 *
 * @param routePeriod decide how to route a registered petition within (15 days, art. 31)
 * @param handlingPeriod handle an accepted petition within (60 days, art. 35)
 * @param extensionPeriod a complex matter may be extended once by at most (30 days)
 * @param reviewRequestPeriod the petitioner may ask for a review (复查) within (30 days of the reply, art. 35)
 * @param reviewDecisionPeriod a review is decided within (30 days)
 * @param reReviewRequestPeriod a re-review (复核) may be asked for within (30 days of the review)
 * @param reReviewDecisionPeriod a re-review is decided within (30 days)
 * @param remindDaysBefore bodies and the office are reminded this many working days before a deadline (3)
 * @param retentionYears personal data are erased this many years after closing (5)
 * @param onlinePerHour online petitions one address may send per hour (3)
 * @param chaseEveryWorkingDays an overdue matter is chased again every this many working days (5)
 * @param similarWindowYears earlier petitions of this many years are searched for the same matter
 *        (3: 信访工作条例 art. 31 lets a body decline a matter already handled)
 * @param categories what a petition is about
 * @param areas the districts and counties
 */
@ConfigurationProperties("lvzhi.petitions")
public record PetitionSettings(DeadlinePeriod routePeriod, DeadlinePeriod handlingPeriod,
		DeadlinePeriod extensionPeriod, DeadlinePeriod reviewRequestPeriod, DeadlinePeriod reviewDecisionPeriod,
		DeadlinePeriod reReviewRequestPeriod, DeadlinePeriod reReviewDecisionPeriod, Integer remindDaysBefore,
		Integer retentionYears, Integer onlinePerHour, Integer chaseEveryWorkingDays, Integer similarWindowYears,
		List<String> categories, List<String> areas) {

	public PetitionSettings {
		routePeriod = or(routePeriod, 15);
		handlingPeriod = or(handlingPeriod, 60);
		extensionPeriod = or(extensionPeriod, 30);
		reviewRequestPeriod = or(reviewRequestPeriod, 30);
		reviewDecisionPeriod = or(reviewDecisionPeriod, 30);
		reReviewRequestPeriod = or(reReviewRequestPeriod, 30);
		reReviewDecisionPeriod = or(reReviewDecisionPeriod, 30);
		remindDaysBefore = remindDaysBefore == null ? 3 : remindDaysBefore;
		retentionYears = retentionYears == null ? 5 : retentionYears;
		onlinePerHour = onlinePerHour == null ? 3 : onlinePerHour;
		chaseEveryWorkingDays = chaseEveryWorkingDays == null || chaseEveryWorkingDays < 1 ? 5 : chaseEveryWorkingDays;
		similarWindowYears = similarWindowYears == null || similarWindowYears < 1 ? 3 : similarWindowYears;
		categories = categories == null || categories.isEmpty() ? List.of("城乡建设", "劳动社保", "农业农村", "国土资源",
				"生态环境", "教育文化", "卫生健康", "交通运输", "政法", "企业改制", "其他") : List.copyOf(categories);
		areas = areas == null || areas.isEmpty() ? List.of("小店区", "迎泽区", "杏花岭区", "尖草坪区", "万柏林区", "晋源区",
				"古交市", "清徐县", "阳曲县", "娄烦县") : List.copyOf(areas);
	}

	/** The national defaults. */
	public static PetitionSettings defaults() {
		return new PetitionSettings(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
	}

	private static DeadlinePeriod or(DeadlinePeriod period, int days) {
		return period == null ? DeadlinePeriod.calendarDays(days) : period;
	}
}
