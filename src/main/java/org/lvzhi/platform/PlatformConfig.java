package org.lvzhi.platform;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Shared beans. The clock runs in the committee's zone ({@link ZoneSettings}): every statutory
 * deadline is counted in it, and every time is shown in it.
 */
@Configuration(proxyBeanMethods = false)
class PlatformConfig {

	@Bean
	Clock clock(ZoneSettings settings) {
		return Clock.system(settings.zone());
	}
}
