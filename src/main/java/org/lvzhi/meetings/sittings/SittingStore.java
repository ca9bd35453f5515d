package org.lvzhi.meetings.sittings;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.meetings.MeetingsException;
import org.lvzhi.meetings.SittingId;
import org.lvzhi.meetings.SittingView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Loads sittings for the use cases, checks the version the editor saw, and writes audit entries. */
@Component
class SittingStore {

	private final SittingReads reads;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final SittingIndex index;

	SittingStore(SittingReads reads, JdbcClient jdbc, ApplicationEventPublisher events, SittingIndex index) {
		this.index = index;
		this.reads = reads;
		this.jdbc = jdbc;
		this.events = events;
	}

	SittingView load(SittingId id) {
		return reads.get(id).orElseThrow(() -> new MeetingsException("meetings.error.notFound", id.value()));
	}

	SittingView load(SittingId id, Integer expectedVersion) {
		SittingView s = load(id);
		if (expectedVersion != null && expectedVersion != s.version()) {
			throw new OptimisticLockingFailureException("Sitting " + id.value() + " is at version " + s.version());
		}
		return s;
	}

	/** Raises the version the editor saw; a concurrent change in between is refused. */
	void bump(SittingView s) {
		int n = jdbc.sql("UPDATE meetings_sitting SET version = version + 1 WHERE id = ? AND version = ?")
			.params(s.id(), s.version()).update();
		if (n != 1) {
			throw new OptimisticLockingFailureException("Sitting " + s.id() + " changed meanwhile");
		}
	}

	void audit(String action, SittingView before, SittingId id) {
		SittingView after = load(id);
		events.publishEvent(new AuditEvent("meetings.sitting." + action, "Sitting", String.valueOf(id.value()),
				title(after), before, after));
		index.changed(id);
	}

	static String title(SittingView s) {
		return s.kind() + " " + s.term() + "-" + s.number() + " " + s.heldOn();
	}
}
