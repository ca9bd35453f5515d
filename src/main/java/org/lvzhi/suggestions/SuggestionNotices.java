package org.lvzhi.suggestions;

import java.util.List;

import org.lvzhi.notifications.NotificationRequested;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Asks the notifications module to tell people about moves that wait for them. */
@Component
class SuggestionNotices {

	static final String OFFICE = "office:DEPUTY_AFFAIRS";

	private final ApplicationEventPublisher events;

	SuggestionNotices(ApplicationEventPublisher events) {
		this.events = events;
	}

	void toUnits(Suggestion s, List<Long> units, String what) {
		send(units.stream().map(u -> "org:" + u).toList(), s, what);
	}

	void toDeputies(Suggestion s, String what) {
		send(s.deputies().stream().map(p -> "person:" + p).toList(), s, what);
	}

	void toOffice(Suggestion s, String what) {
		send(List.of(OFFICE), s, what);
	}

	private void send(List<String> recipients, Suggestion s, String what) {
		if (recipients.isEmpty()) {
			return;
		}
		events.publishEvent(new NotificationRequested(recipients, "suggestions.notice." + what,
				List.of(s.number() == null ? "" : s.number(), s.title()), "/suggestions/" + s.id(),
				"suggestion." + what));
	}
}
