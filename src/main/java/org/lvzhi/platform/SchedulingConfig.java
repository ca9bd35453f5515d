package org.lvzhi.platform;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled work (reminders, retention) runs unless {@code lvzhi.scheduling.enabled} is false; tests
 * switch it off so that nothing fires in the middle of a test. With several app nodes on one database
 * every job runs on one node only: each {@code @SchedulerLock} job takes its row in
 * {@code platform_job_lock} first, timed by the database's clock so the nodes' clocks need not agree.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT2H")
@ConditionalOnProperty(name = "lvzhi.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfig {

	@Bean
	LockProvider jobLocks(DataSource dataSource) {
		return jobLocks(new JdbcTemplate(dataSource));
	}

	static LockProvider jobLocks(JdbcTemplate jdbc) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(jdbc)
			.withTableName("platform_job_lock")
			.usingDbTime()
			.build());
	}
}
