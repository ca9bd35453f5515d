package org.lvzhi.platform;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Shared beans. The clock runs in China Standard Time: every statutory deadline is counted in it.
 */
@Configuration(proxyBeanMethods = false)
class PlatformConfig {

	static final ZoneId ZONE = China.ZONE;

	@Bean
	Clock clock() {
		return Clock.system(ZONE);
	}
}
