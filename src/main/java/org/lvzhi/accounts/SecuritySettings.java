package org.lvzhi.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxFailedLogins failed sign-ins in a row after which an account is locked
 * @param lockMinutes how long the lock lasts
 */
@ConfigurationProperties("lvzhi.security")
record SecuritySettings(int maxFailedLogins, int lockMinutes) {

	SecuritySettings {
		if (maxFailedLogins < 1) {
			maxFailedLogins = 5;
		}
		if (lockMinutes < 1) {
			lockMinutes = 15;
		}
	}
}
