package org.lvzhi.legislation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The module's statutory periods and limits ({@code lvzhi.legislation.*}), national defaults from
 * the Legislation Law (立法法, 2023) unless a local rule of the committee says otherwise.
 *
 * @param commentMinDays a draft stays open for public comment at least this many days (30; article 40)
 * @param commentsPerHour public comments one client may send on one draft per hour (5)
 * @param approvalMonths the provincial standing committee decides on a passed regulation within
 *        this many months (4; article 81)
 * @param filingDays a promulgated regulation is filed within this many days (30; article 109)
 * @param shelvedYears a project shelved this many years is terminated (2; article 45)
 * @param requestWorkingDays the working days a request for opinion gives by default (10)
 * @param requestMaxWorkingDays the most working days a request for opinion may give (60)
 * @param remindEveryDays an overdue request is reminded again after this many days (7)
 */
@ConfigurationProperties("lvzhi.legislation")
public record LegislationSettings(Integer commentMinDays, Integer commentsPerHour, Integer approvalMonths,
		Integer filingDays, Integer shelvedYears, Integer requestWorkingDays, Integer requestMaxWorkingDays,
		Integer remindEveryDays) {

	public LegislationSettings {
		commentMinDays = commentMinDays == null ? 30 : commentMinDays;
		commentsPerHour = commentsPerHour == null ? 5 : commentsPerHour;
		approvalMonths = approvalMonths == null ? 4 : approvalMonths;
		filingDays = filingDays == null ? 30 : filingDays;
		shelvedYears = shelvedYears == null ? 2 : shelvedYears;
		requestWorkingDays = requestWorkingDays == null ? 10 : requestWorkingDays;
		requestMaxWorkingDays = requestMaxWorkingDays == null ? 60 : requestMaxWorkingDays;
		remindEveryDays = remindEveryDays == null ? 7 : remindEveryDays;
	}
}
