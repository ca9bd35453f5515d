package org.lvzhi.notifications;

import java.util.Locale;

import org.lvzhi.accounts.Accounts;
import org.springframework.stereotype.Component;

/** The lines of a digest e-mail: what waits for the account, by kind. */
@Component
class DigestSummary {

	private final Accounts accounts;
	private final Inbox inbox;
	private final MessageRenderer renderer;

	DigestSummary(Accounts accounts, Inbox inbox, MessageRenderer renderer) {
		this.accounts = accounts;
		this.inbox = inbox;
		this.renderer = renderer;
	}

	String of(long accountId, Locale locale) {
		StringBuilder lines = new StringBuilder();
		accounts.find(accountId).map(Reader::ofAccount).ifPresent(reader -> inbox.waitingByKind(reader, null)
			.forEach(kind -> lines.append('\n').append(renderer.message("notifications.digest.line", locale,
					renderer.category(kind.category(), locale), kind.records(), kind.notices()))));
		return lines.toString();
	}
}
