package org.lvzhi.audit;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.lvzhi.platform.ClientHashes;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes audit events synchronously, in the publisher's transaction. The actor is whoever is
 * signed in on the publishing thread; {@code anonymous} for a visitor who is not; {@code system}
 * for start-up and scheduled work. When the action came with a request, the keyed hash of its client
 * address goes to {@code audit_client} (erased after {@code lvzhi.retention.audit-client-days}).
 * Committed entries are sealed into the hash chain ({@link AuditChain}).
 */
@Component
class AuditRecorder {

	static final String SYSTEM = "system";
	static final String ANONYMOUS = "anonymous";

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final Clock clock;
	private final ClientHashes clients;
	private final AuditChain chain;

	AuditRecorder(JdbcClient jdbc, JsonMapper json, Clock clock, ClientHashes clients, AuditChain chain) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
		this.clients = clients;
		this.chain = chain;
	}

	@EventListener
	void on(AuditEvent event) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		String client = clients.ofCurrentClient();
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO audit_entry (occurred_at, actor, action, subject_type, subject_id, summary, before_state, after_state)
				VALUES (:at, :actor, :action, :type, :id, :summary, :before, :after)""")
			.param("at", now)
			.param("actor", currentActor(client != null))
			.param("action", event.action())
			.param("type", event.subjectType())
			.param("id", truncate(event.subjectId(), 64))
			.param("summary", truncate(event.summary(), 500))
			.param("before", toJson(event.before()))
			.param("after", toJson(event.after()))
			.update(keys, "id");
		if (client != null) {
			jdbc.sql("INSERT INTO audit_client (entry_id, client_hash, recorded_at) VALUES (?, ?, ?)")
				.params(keys.getKeyAs(Number.class).longValue(), client, now)
				.update();
		}
		chain.sealAfterCommit();
	}

	private String toJson(Object state) {
		if (state == null) {
			return null;
		}
		if (state instanceof String s) {
			return s;
		}
		return json.writeValueAsString(state);
	}

	static String currentActor(boolean inRequest) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
			return inRequest ? ANONYMOUS : SYSTEM;
		}
		return truncate(auth.getName(), 64);
	}

	private static String truncate(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}
}
