package org.lvzhi.platform;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled work (reminders and the like) runs on every node unless {@code lvzhi.scheduling.enabled}
 * is false; tests switch it off so that nothing fires in the middle of a test.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "lvzhi.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfig {
}
