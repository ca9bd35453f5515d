package org.lvzhi.suggestions;

import java.util.List;

import org.lvzhi.notifications.NotificationRequested;
import org.lvzhi.notifications.NotificationsSettled;
import org.lvzhi.notifications.Recipients;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Asks the notifications module to tell people about moves that wait for them, and says when what
 * a notice asked for has been done. Who hears what: the commission what it must decide (screening,
 * returns, extensions, a dissatisfied rating); units what they must handle and how their answer was
 * rated; the lead deputy that she is to rate the answer; co-signers what happens to the suggestion
 * they signed. All notices about one suggestion are one line in the inbox (subject
 * {@code suggestion:<id>}).
 */
@Component
class SuggestionNotices {

	static final String OFFICE = Recipients.office(SuggestionAccess.DEPUTY_AFFAIRS);

	private final ApplicationEventPublisher events;

	SuggestionNotices(ApplicationEventPublisher events) {
		this.events = events;
	}

	void toUnits(Suggestion s, List<Long> units, String what) {
		send(units.stream().map(Recipients::organization).toList(), s, what, SuggestionLinks.page(s.id().value()));
	}

	/** To a unit that no longer handles the suggestion: the notice leads to its workbench. */
	void toFormerUnit(Suggestion s, long unit, String what) {
		send(List.of(Recipients.organization(unit)), s, what, "/suggestions/workbench");
	}

	void toLeadDeputy(Suggestion s, String what) {
		send(List.of(Recipients.person(s.leadDeputy().value())), s, what, SuggestionLinks.page(s.id().value()));
	}

	void toCoSigners(Suggestion s, String what) {
		send(s.coSigners().stream().map(p -> Recipients.person(p.value())).toList(), s, what,
				SuggestionLinks.page(s.id().value()));
	}

	/** To the lead deputy and every co-signer. */
	void toDeputies(Suggestion s, String what) {
		send(s.deputies().stream().map(p -> Recipients.person(p.value())).toList(), s, what,
				SuggestionLinks.page(s.id().value()));
	}

	void toOffice(Suggestion s, String what) {
		send(List.of(OFFICE), s, what, SuggestionLinks.page(s.id().value()));
	}

	/** What the notices of these kinds about the suggestion asked for has been done. */
	void settle(Suggestion s, String... whats) {
		events.publishEvent(NotificationsSettled.of(subject(s),
				java.util.Arrays.stream(whats).map(w -> "suggestion." + w).toArray(String[]::new)));
	}

	static String subject(Suggestion s) {
		return "suggestion:" + s.id();
	}

	private void send(List<String> recipients, Suggestion s, String what, String link) {
		if (recipients.isEmpty()) {
			return;
		}
		events.publishEvent(new NotificationRequested(recipients, "suggestions.notice." + what,
				List.of(s.number() == null ? "" : s.number(), s.title()), link, "suggestion." + what, subject(s)));
	}
}
