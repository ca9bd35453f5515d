package org.lvzhi.accounts;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.lvzhi.audit.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per account and locks the account for a while after too many, so that
 * passwords cannot be guessed by trying. A successful sign-in resets the count.
 */
@Component
class LoginAttempts {

	private final AccountRepository accounts;
	private final SecuritySettings settings;
	private final Clock clock;
	private final ApplicationEventPublisher events;

	LoginAttempts(AccountRepository accounts, SecuritySettings settings, Clock clock, ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.settings = settings;
		this.clock = clock;
		this.events = events;
	}

	@EventListener
	@Transactional
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		accounts.findByUsername(event.getAuthentication().getName()).ifPresent(account -> {
			int failed = account.failedLogins() + 1;
			OffsetDateTime lockUntil = account.lockedUntil();
			if (failed >= settings.maxFailedLogins()) {
				lockUntil = OffsetDateTime.now(clock).plusMinutes(settings.lockMinutes());
				failed = 0;
				events.publishEvent(AuditEvent.changed("accounts.account.locked", "Account", account.id(),
						account.username(), account.snapshot(), null));
			}
			accounts.save(account.withFailedLogins(failed, lockUntil));
		});
	}

	@EventListener
	@Transactional
	void onSuccess(AuthenticationSuccessEvent event) {
		accounts.findByUsername(event.getAuthentication().getName()).ifPresent(account -> {
			if (account.failedLogins() != 0 || account.lockedUntil() != null) {
				accounts.save(account.withFailedLogins(0, null));
			}
		});
	}
}
