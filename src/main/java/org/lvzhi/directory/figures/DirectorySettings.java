package org.lvzhi.directory.figures;

import org.lvzhi.directory.DeputyLevel;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Directory settings.
 *
 * @param homeLevel the level of the standing committee this deployment serves (a 设区的市 by
 *     default); its members are the {@code standing_committee_members} figure
 */
@ConfigurationProperties("lvzhi.directory")
record DirectorySettings(DeputyLevel homeLevel) {

	DirectorySettings {
		if (homeLevel == null) {
			homeLevel = DeputyLevel.MUNICIPAL;
		}
	}
}
