package org.lvzhi.platform;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every night ({@code lvzhi.retention.cron}, 03:30 in the committee's zone) erases or anonymises
 * the personal data whose period ({@link RetentionSettings}) has run out, one {@link RetentionRule}
 * at a time, each in its own transaction with its audit entry. It also removes the completed
 * event publications of Spring Modulith, which hold whole documents.
 */
@Component
public class RetentionJob {

	private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

	private final List<RetentionRule> rules;
	private final RetentionSettings settings;
	private final Clock clock;
	private final TransactionTemplate transaction;
	private final ApplicationEventPublisher events;

	RetentionJob(List<RetentionRule> rules, RetentionSettings settings, Clock clock,
			PlatformTransactionManager transactions, ApplicationEventPublisher events) {
		this.rules = rules;
		this.settings = settings;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		this.events = events;
	}

	@SchedulerLock(name = "platform.retention", lockAtLeastFor = "PT5M")
	@Scheduled(cron = "${lvzhi.retention.cron:0 30 3 * * *}", zone = "${lvzhi.zone:Asia/Shanghai}")
	void nightly() {
		runAll();
	}

	/** Applies every rule now; the number of records each erased or anonymised, by kind. */
	public Map<String, Integer> runAll() {
		Map<String, Integer> done = new LinkedHashMap<>();
		for (RetentionRule rule : rules) {
			try {
				done.put(rule.kind(), run(rule));
			}
			catch (RuntimeException e) {
				LOG.error("retention of {} failed; the other kinds go on", rule.kind(), e);
			}
		}
		return done;
	}

	/** Applies one rule now, in its own transaction, and logs what it did. */
	public int run(RetentionRule rule) {
		int days = rule.days(settings);
		OffsetDateTime before = OffsetDateTime.now(clock).minusDays(days);
		Integer n = transaction.execute(s -> {
			int records = rule.apply(before);
			if (records > 0) {
				events.publishEvent(new RetentionApplied(rule.kind(), days, records));
			}
			return records;
		});
		return n == null ? 0 : n;
	}

	/** Completed event publications (Spring Modulith's), which hold whole documents. */
	@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
	static class EventPublications {

		@org.springframework.context.annotation.Bean
		RetentionRule eventPublicationRetention(JdbcClient jdbc) {
			return new RetentionRule() {
				@Override
				public String kind() {
					return "platform.eventPublication";
				}

				@Override
				public int days(RetentionSettings s) {
					return s.eventPublicationDays();
				}

				@Override
				public int apply(OffsetDateTime expiredBefore) {
					return jdbc.sql("DELETE FROM event_publication WHERE completion_date IS NOT NULL AND completion_date < ?")
						.param(expiredBefore).update();
				}
			};
		}

		/** Answers to anonymous forms (tracking codes, user names given) and hourly allowances. */
		@org.springframework.context.annotation.Bean
		RetentionRule clientHashRetention(JdbcClient jdbc) {
			return new RetentionRule() {
				@Override
				public String kind() {
					return "platform.clientHash";
				}

				@Override
				public int days(RetentionSettings s) {
					return s.clientHashDays();
				}

				@Override
				public int apply(OffsetDateTime expiredBefore) {
					return jdbc.sql("DELETE FROM platform_allowance WHERE window_start < ?").param(expiredBefore).update()
							+ jdbc.sql("DELETE FROM platform_form_submission WHERE claimed_at < ?").param(expiredBefore).update();
				}
			};
		}
	}
}
