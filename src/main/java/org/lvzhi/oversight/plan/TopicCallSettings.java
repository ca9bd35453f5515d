package org.lvzhi.oversight.plan;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The public call for oversight topics ({@code lvzhi.oversight.topics.*}).
 *
 * @param proposalsPerHour proposals one client address may send per hour through the public form (5)
 */
@ConfigurationProperties("lvzhi.oversight.topics")
record TopicCallSettings(Integer proposalsPerHour) {

	TopicCallSettings {
		proposalsPerHour = proposalsPerHour == null || proposalsPerHour < 1 ? 5 : proposalsPerHour;
	}
}
