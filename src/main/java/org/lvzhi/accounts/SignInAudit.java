package org.lvzhi.accounts;

import java.util.LinkedHashMap;
import java.util.Map;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.platform.ClientHashes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Sign-ins, failed sign-ins and the locks they cause, in the audit log with the client they came
 * from, as its keyed hash ({@link ClientHashes}): the log is kept long and cannot be edited, so no
 * address goes into it. A failure under a name no account has is logged too, without a subject.
 */
@Component
class SignInAudit {

	private final AccountRepository accounts;
	private final ApplicationEventPublisher events;
	private final ClientHashes clients;

	SignInAudit(AccountRepository accounts, ApplicationEventPublisher events, ClientHashes clients) {
		this.accounts = accounts;
		this.events = events;
		this.clients = clients;
	}

	void succeeded(LvzhiPrincipal user, String client, boolean withCode) {
		events.publishEvent(AuditEvent.created("accounts.signIn.succeeded", "Account", user.accountId(), user.getUsername(),
				Map.of("client", clients.of(client), "secondFactor", withCode)));
	}

	void failed(String name, String client, SignInThrottle.Locked locked) {
		String subject = accounts.findByUsername(name == null ? "" : name.strip()).map(a -> String.valueOf(a.id()))
			.orElse(null);
		String typed = name == null ? "" : name.length() > 64 ? name.substring(0, 64) : name;
		events.publishEvent(new AuditEvent("accounts.signIn.failed", "Account", subject, typed, null, Map.of("client", clients.of(client))));
		Map<String, Object> lock = new LinkedHashMap<>();
		lock.put("client", clients.of(client));
		lock.put("until", String.valueOf(locked.until()));
		if (locked.pair()) {
			events.publishEvent(new AuditEvent("accounts.account.locked", "Account", subject, typed, null, lock));
		}
		if (locked.client()) {
			events.publishEvent(new AuditEvent("accounts.client.locked", "SignInClient", clients.of(client), null, null, lock));
		}
	}

	void codeFailed(LvzhiPrincipal user, String client) {
		events.publishEvent(AuditEvent.created("accounts.signIn.codeFailed", "Account", user.accountId(),
				user.getUsername(), Map.of("client", clients.of(client))));
	}
}
