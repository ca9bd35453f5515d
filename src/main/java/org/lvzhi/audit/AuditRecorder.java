package org.lvzhi.audit;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes audit events synchronously, in the publisher's transaction. The actor is whoever is
 * signed in on the publishing thread, or {@code system} for start-up and scheduled work.
 */
@Component
class AuditRecorder {

	static final String SYSTEM = "system";

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final Clock clock;

	AuditRecorder(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	@EventListener
	void on(AuditEvent event) {
		jdbc.sql("""
				INSERT INTO audit_entry (occurred_at, actor, action, subject_type, subject_id, summary, before_state, after_state)
				VALUES (:at, :actor, :action, :type, :id, :summary, :before, :after)""")
			.param("at", OffsetDateTime.now(clock))
			.param("actor", currentActor())
			.param("action", event.action())
			.param("type", event.subjectType())
			.param("id", event.subjectId())
			.param("summary", truncate(event.summary(), 500))
			.param("before", toJson(event.before()))
			.param("after", toJson(event.after()))
			.update();
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

	static String currentActor() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || auth instanceof AnonymousAuthenticationToken) {
			return SYSTEM;
		}
		return auth.getName();
	}

	private static String truncate(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}
}
