package org.lvzhi.notifications;

import java.util.Map;

import org.lvzhi.audit.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A user chooses between immediate e-mail and the daily digest for her own account. Audited. */
@Component
class ChooseFrequency {

	private final Preferences preferences;
	private final ApplicationEventPublisher events;

	ChooseFrequency(Preferences preferences, ApplicationEventPublisher events) {
		this.preferences = preferences;
		this.events = events;
	}

	@Transactional
	void choose(long accountId, Frequency frequency, int expectedVersion) {
		Preferences.Preference before = preferences.of(accountId);
		preferences.choose(accountId, frequency, expectedVersion);
		events.publishEvent(AuditEvent.changed("notifications.frequency.chosen", "Account", accountId,
				frequency.name(), Map.of("frequency", before.frequency().name()), Map.of("frequency", frequency.name())));
	}
}
