package org.lvzhi.audit;

import java.util.Map;

import org.lvzhi.platform.RetentionApplied;
import org.lvzhi.platform.RetentionRule;
import org.lvzhi.platform.RetentionSettings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The client hashes of audit entries are erased after {@code lvzhi.retention.audit-client-days}
 * (the entries stay, append-only and sealed); and every erasure of the retention job is itself
 * logged, as {@code retention.<kind>.erased} by {@code system}.
 */
@Configuration(proxyBeanMethods = false)
class AuditRetention {

	@Bean
	RetentionRule auditClientRetention(JdbcClient jdbc) {
		return RetentionRule.of("audit.clientHash", RetentionSettings::auditClientDays,
				before -> jdbc.sql("DELETE FROM audit_client WHERE recorded_at < ?").param(before).update());
	}

	@Bean
	RetentionLogger retentionLogger(ApplicationEventPublisher events) {
		return new RetentionLogger(events);
	}

	static class RetentionLogger {

		private final ApplicationEventPublisher events;

		RetentionLogger(ApplicationEventPublisher events) {
			this.events = events;
		}

		@EventListener
		void on(RetentionApplied applied) {
			events.publishEvent(new AuditEvent("retention." + applied.kind() + ".erased", "Retention", applied.kind(),
					applied.records() + " / " + applied.days() + "d", null,
					Map.of("kind", applied.kind(), "days", applied.days(), "records", applied.records())));
		}
	}
}
