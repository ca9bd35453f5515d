package org.lvzhi.meetings.sittings;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.meetings.MeetingsException;
import org.lvzhi.meetings.SittingId;
import org.lvzhi.meetings.SittingKind;
import org.lvzhi.meetings.SittingState;
import org.lvzhi.meetings.SittingView;
import org.lvzhi.meetings.rules.MeetingsSettings;
import org.lvzhi.platform.ContactData;
import org.lvzhi.platform.FieldLimits;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members of the public who register to listen at a sitting of the standing committee (旁听): while
 * it is planned or notified and seats remain (a setting), one registration per phone number. Their
 * name and phone are the general office's only: lists show them masked, the whole data are on a page
 * whose every view is logged, and the audit log keeps them masked.
 */
@Service
@Transactional
class Listeners {

	/** A registration; {@code name} and {@code phone} whole, for the office's logged page only. */
	record Listener(long id, long sittingId, String name, String phone, String unit, OffsetDateTime registeredAt,
			boolean came, int version) {

		Listener masked() {
			return new Listener(id, sittingId, ContactData.maskName(name), ContactData.maskPhone(phone), unit, registeredAt,
					came, version);
		}
	}

	private static final String COLUMNS = "id, sitting_id, name, phone, unit, registered_at, came, version";

	private final JdbcClient jdbc;
	private final SittingStore store;
	private final MeetingsSettings settings;
	private final FieldLimits limits;
	private final Clock clock;
	private final ApplicationEventPublisher events;

	Listeners(JdbcClient jdbc, SittingStore store, MeetingsSettings settings, FieldLimits limits, Clock clock,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.store = store;
		this.settings = settings;
		this.limits = limits;
		this.clock = clock;
		this.events = events;
	}

	/** Whether the public may still register for the sitting (seats aside). */
	static boolean open(SittingView s) {
		return s.kind() == SittingKind.STANDING_COMMITTEE
				&& (s.state() == SittingState.PLANNED || s.state() == SittingState.NOTIFIED);
	}

	@Transactional(readOnly = true)
	int seatsLeft(SittingView s) {
		return Math.max(0, settings.listenerSeats() - count(s.id()));
	}

	/** Registers a listener; refused when registration is closed, every seat is taken or the phone is registered already. */
	long register(SittingId id, String name, String phone, String unit) {
		SittingView s = store.load(id);
		if (s.kind() != SittingKind.STANDING_COMMITTEE) {
			throw new MeetingsException("meetings.error.notFound", id.value());
		}
		if (!open(s)) {
			throw new MeetingsException("meetings.error.listenersClosed");
		}
		String n = name == null || name.isBlank() ? null : name.strip();
		if (n == null) {
			throw new MeetingsException("meetings.error.listenerName");
		}
		if (!ContactData.isPhone(phone)) {
			throw new MeetingsException("meetings.error.listenerPhone");
		}
		String u = unit == null || unit.isBlank() ? null : unit.strip();
		n = limits.check("meetings_listener.name", n);
		u = limits.check("meetings_listener.unit", u);
		// The sitting's row is locked while the seats are counted, so that two visitors never take the last seat both.
		jdbc.sql("SELECT id FROM meetings_sitting WHERE id = ? FOR UPDATE").param(s.id()).query(Long.class).single();
		if (count(s.id()) >= settings.listenerSeats()) {
			throw new MeetingsException("meetings.error.listenersFull", settings.listenerSeats());
		}
		var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
		try {
			jdbc.sql("INSERT INTO meetings_listener (sitting_id, name, phone, unit, registered_at) VALUES (?, ?, ?, ?, ?)")
				.params(s.id(), n, phone.strip(), u, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
				.update(key, "id");
		}
		catch (DuplicateKeyException e) {
			throw new MeetingsException("meetings.error.listenerTwice");
		}
		long added = key.getKey().longValue();
		events.publishEvent(new AuditEvent("meetings.listener.registered", "Sitting", String.valueOf(s.id()),
				"listener:" + added, null, get(added).masked()));
		return added;
	}

	/** Every registration, masked, in the order they came. */
	@Transactional(readOnly = true)
	List<Listener> masked(SittingId id) {
		return whole(id).stream().map(Listener::masked).toList();
	}

	/** Every registration with the whole name and phone: for the office's page that logs each view. */
	@Transactional(readOnly = true)
	List<Listener> whole(SittingId id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM meetings_listener WHERE sitting_id = ? ORDER BY registered_at, id")
			.param(id.value()).query(Listener.class).list();
	}

	/** The office marks whether a registered listener came, while the sitting is held. */
	void came(SittingId id, long listenerId, Integer version, boolean came) {
		SittingView s = store.load(id);
		if (s.state() != SittingState.HELD) {
			throw new MeetingsException("meetings.error.notHeld");
		}
		Listener l = get(listenerId);
		if (l == null || l.sittingId() != s.id()) {
			throw new MeetingsException("meetings.error.notFound", listenerId);
		}
		int n = jdbc.sql("UPDATE meetings_listener SET came = ?, version = version + 1 WHERE id = ? AND version = ?")
			.params(came, listenerId, version == null ? l.version() : version).update();
		if (n != 1) {
			throw new OptimisticLockingFailureException("Listener " + listenerId + " changed meanwhile");
		}
		events.publishEvent(new AuditEvent("meetings.listener.came", "Sitting", String.valueOf(s.id()),
				"listener:" + listenerId, l.masked(), get(listenerId).masked()));
	}

	private int count(long sittingId) {
		return jdbc.sql("SELECT COUNT(*) FROM meetings_listener WHERE sitting_id = ?").param(sittingId).query(Integer.class)
			.single();
	}

	private Listener get(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM meetings_listener WHERE id = ?").param(id).query(Listener.class)
			.optional().orElse(null);
	}
}
