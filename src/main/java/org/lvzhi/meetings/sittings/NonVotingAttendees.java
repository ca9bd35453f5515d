package org.lvzhi.meetings.sittings;

import java.util.List;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.Picker;
import org.lvzhi.directory.PersonId;
import org.lvzhi.meetings.MeetingsException;
import org.lvzhi.meetings.SittingId;
import org.lvzhi.meetings.SittingState;
import org.lvzhi.meetings.SittingView;
import org.lvzhi.platform.FieldLimits;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who attends a sitting without a vote (列席): deputies and officials of the government and other
 * bodies, picked from the directory or typed as name and unit. They are listed on the sitting's
 * page and in its attendance workbook, and never counted for the quorum or a majority.
 */
@Service
@Transactional
class NonVotingAttendees {

	/** What a non-voting attendee is, message keys {@code meetings.attendee.<KIND>}. */
	enum Kind {
		DEPUTY, OFFICIAL
	}

	record Attendee(long id, long sittingId, Kind kind, Long personId, String name, String unit, int version) {
	}

	private final JdbcClient jdbc;
	private final SittingStore store;
	private final Picker picker;
	private final Directory directory;
	private final FieldLimits limits;
	private final ApplicationEventPublisher events;

	NonVotingAttendees(JdbcClient jdbc, SittingStore store, Picker picker, Directory directory, FieldLimits limits,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.store = store;
		this.picker = picker;
		this.directory = directory;
		this.limits = limits;
		this.events = events;
	}

	@Transactional(readOnly = true)
	List<Attendee> of(SittingId id) {
		return jdbc.sql("SELECT id, sitting_id, kind, person_id, name, unit, version FROM meetings_attendee WHERE sitting_id = ? ORDER BY kind, id")
			.param(id.value()).query(Attendee.class).list();
	}

	/**
	 * Adds an attendee: {@code picked} names a person of the directory (姓名 #编号), or else
	 * {@code name} (and optionally {@code unit}) is typed for someone the directory does not hold.
	 */
	long add(SittingId id, Kind kind, String picked, String name, String unit) {
		SittingView s = store.load(id);
		if (s.state() == SittingState.CLOSED) {
			throw new MeetingsException("meetings.error.closed");
		}
		if (kind == null) {
			throw new MeetingsException("meetings.error.attendeeKind");
		}
		PersonId person = picked == null || picked.isBlank() ? null : picker.person(picked);
		String who = person != null ? directory.person(person).map(p -> p.name()).orElse(null)
				: name == null || name.isBlank() ? null : name.strip();
		if (who == null) {
			throw new MeetingsException("meetings.error.attendeeName");
		}
		String at = unit == null || unit.isBlank() ? null : unit.strip();
		if (person != null) {
			boolean twice = jdbc.sql("SELECT COUNT(*) FROM meetings_attendee WHERE sitting_id = ? AND person_id = ?")
				.params(s.id(), person.value()).query(Integer.class).single() > 0;
			if (twice) {
				throw new MeetingsException("meetings.error.attendeeTwice", who);
			}
		}
		var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("INSERT INTO meetings_attendee (sitting_id, kind, person_id, name, unit) VALUES (?, ?, ?, ?, ?)")
			.params(s.id(), kind.name(), person == null ? null : person.value(),
					limits.check("meetings_attendee.name", who), limits.check("meetings_attendee.unit", at))
			.update(key, "id");
		long added = key.getKey().longValue();
		events.publishEvent(new AuditEvent("meetings.attendee.added", "Sitting", String.valueOf(s.id()),
				"attendee:" + added, null, get(added)));
		return added;
	}

	/** Takes an attendee off the list while the sitting is not closed. */
	void remove(SittingId id, long attendeeId, Integer version) {
		SittingView s = store.load(id);
		if (s.state() == SittingState.CLOSED) {
			throw new MeetingsException("meetings.error.closed");
		}
		Attendee a = get(attendeeId);
		if (a == null || a.sittingId() != s.id()) {
			throw new MeetingsException("meetings.error.notFound", attendeeId);
		}
		int n = jdbc.sql("DELETE FROM meetings_attendee WHERE id = ? AND version = ?")
			.params(attendeeId, version == null ? a.version() : version).update();
		if (n != 1) {
			throw new org.springframework.dao.OptimisticLockingFailureException("Attendee " + attendeeId + " changed meanwhile");
		}
		events.publishEvent(new AuditEvent("meetings.attendee.removed", "Sitting", String.valueOf(s.id()),
				"attendee:" + attendeeId, a, null));
	}

	private Attendee get(long id) {
		return jdbc.sql("SELECT id, sitting_id, kind, person_id, name, unit, version FROM meetings_attendee WHERE id = ?")
			.param(id).query(Attendee.class).optional().orElse(null);
	}
}
