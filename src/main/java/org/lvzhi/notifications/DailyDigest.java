package org.lvzhi.notifications;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.lvzhi.accounts.AccountView;
import org.lvzhi.accounts.Accounts;
import org.lvzhi.deadlines.Deadlines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every working morning, at the hour the settings name, each account that chose the daily digest
 * gets one notification saying how many records wait for it, which its e-mail spells out by kind.
 * An account with nothing new since its last digest gets none; days off are skipped, as for the
 * reminders, so that digests do not pile up over a weekend.
 */
@Component
class DailyDigest {

	static final String CATEGORY = "digest";
	static final String LINK = "/inbox?unread=true";

	private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);

	private final Preferences preferences;
	private final Accounts accounts;
	private final Inbox inbox;
	private final Deadlines deadlines;
	private final Clock clock;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate tx;

	DailyDigest(Preferences preferences, Accounts accounts, Inbox inbox, Deadlines deadlines, Clock clock,
			ApplicationEventPublisher events, PlatformTransactionManager transactions) {
		this.preferences = preferences;
		this.accounts = accounts;
		this.inbox = inbox;
		this.deadlines = deadlines;
		this.clock = clock;
		this.events = events;
		this.tx = new TransactionTemplate(transactions);
	}

	@SchedulerLock(name = "notifications.daily-digest", lockAtLeastFor = "PT5M")
	@Scheduled(cron = "0 0 ${lvzhi.notifications.digest-hour:8} * * *", zone = "Asia/Shanghai")
	void everyWorkingMorning() {
		send(deadlines.today());
	}

	/** @return how many digests went out on that day (none on a day off) */
	int send(LocalDate day) {
		if (!deadlines.isWorkingDay(day)) {
			return 0;
		}
		int sent = 0;
		for (long id : preferences.dailyAccounts()) {
			AccountView account = accounts.find(id).filter(AccountView::enabled).orElse(null);
			// One transaction per account: a failure leaves the others' digests going out.
			if (account != null && Boolean.TRUE.equals(tx.execute(status -> sendTo(account, day)))) {
				sent++;
			}
		}
		log.info("Daily digests sent on {}: {}", day, sent);
		return sent;
	}

	private boolean sendTo(AccountView account, LocalDate day) {
		Reader reader = Reader.ofAccount(account);
		OffsetDateTime since = preferences.of(account.id()).lastDigestAt();
		if (inbox.waitingByKind(reader, since).isEmpty()
				|| !preferences.claimDigest(account.id(), day, OffsetDateTime.now(clock))) {
			return false;
		}
		Inbox.Totals waiting = inbox.waitingTotals(reader);
		events.publishEvent(NotificationRequested.toAccount(account.id(), "notifications.digest.daily",
				List.of(String.valueOf(waiting.records()), String.valueOf(waiting.notices())), LINK, CATEGORY));
		return true;
	}
}
