package org.lvzhi.meetings.sittings;

import java.time.LocalDate;
import java.util.List;

import org.lvzhi.deadlines.Deadlines;
import org.lvzhi.directory.Directory;
import org.lvzhi.meetings.MeetingsException;
import org.lvzhi.meetings.SittingId;
import org.lvzhi.meetings.SittingKind;
import org.lvzhi.meetings.SittingState;
import org.lvzhi.meetings.SittingView;
import org.lvzhi.meetings.rules.MeetingsSettings;
import org.lvzhi.notifications.NotificationRequested;
import org.lvzhi.notifications.Recipients;
import org.lvzhi.platform.FieldLimits;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans and runs sittings: planned → notified → held → closed. A meeting of the council of
 * chairpersons may be held without a written notice; a standing committee sitting may not.
 */
@Service
@Transactional
class SittingService {

	private final JdbcClient jdbc;
	private final SittingStore store;
	private final MeetingsSettings settings;
	private final Directory directory;
	private final Deadlines deadlines;
	private final ApplicationEventPublisher events;
	private final FieldLimits limits;

	SittingService(JdbcClient jdbc, SittingStore store, MeetingsSettings settings, Directory directory,
			Deadlines deadlines, ApplicationEventPublisher events, FieldLimits limits) {
		this.limits = limits;
		this.jdbc = jdbc;
		this.store = store;
		this.settings = settings;
		this.directory = directory;
		this.deadlines = deadlines;
		this.events = events;
	}

	/** Plans a sitting; without a number it takes the next one of its kind in the term. */
	SittingId plan(SittingKind kind, Integer term, Integer number, LocalDate on, String place) {
		if (kind == null) {
			throw new MeetingsException("meetings.error.kindRequired");
		}
		if (on == null) {
			throw new MeetingsException("meetings.error.dateRequired");
		}
		String where = checkedPlace(place);
		int t = term == null ? settings.term() : term;
		if (t < 1 || t > 99 || (number != null && (number < 1 || number > 999))) {
			throw new MeetingsException("meetings.error.number");
		}
		int n = number != null ? number
				: jdbc.sql("SELECT COALESCE(MAX(number), 0) + 1 FROM meetings_sitting WHERE kind = ? AND term = ?")
					.params(kind.name(), t).query(Integer.class).single();
		boolean taken = jdbc.sql("SELECT COUNT(*) FROM meetings_sitting WHERE kind = ? AND term = ? AND number = ?")
			.params(kind.name(), t, n).query(Integer.class).single() > 0;
		if (taken) {
			throw new MeetingsException("meetings.error.numberTaken", n);
		}
		var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("INSERT INTO meetings_sitting (kind, term, number, held_on, place, state) VALUES (?, ?, ?, ?, ?, 'PLANNED')")
			.params(kind.name(), t, n, on, where).update(key, "id");
		SittingId id = new SittingId(key.getKey().longValue());
		store.audit("planned", null, id);
		return id;
	}

	/** Moves a sitting not yet held to another day or place. */
	void reschedule(SittingId id, Integer version, LocalDate on, String place) {
		SittingView s = store.load(id, version);
		if (s.state() == SittingState.HELD || s.state() == SittingState.CLOSED) {
			throw new MeetingsException("meetings.error.alreadyHeld");
		}
		if (on == null) {
			throw new MeetingsException("meetings.error.dateRequired");
		}
		store.bump(s);
		jdbc.sql("UPDATE meetings_sitting SET held_on = ?, place = ? WHERE id = ?").params(on, checkedPlace(place), id.value())
			.update();
		store.audit("rescheduled", s, id);
	}

	/**
	 * Sends the notice and the agenda to every member. Later than the notice days before the sitting
	 * it is still sent, and the sitting shows that it was late.
	 */
	void notifyMembers(SittingId id, Integer version) {
		notifyMembers(id, version, null);
	}

	/** The same, recorded as sent on {@code sentOn} (a notice sent before the sitting was entered). */
	void notifyMembers(SittingId id, Integer version, LocalDate sentOn) {
		SittingView s = store.load(id, version);
		if (s.state() != SittingState.PLANNED) {
			throw new MeetingsException("meetings.error.state", s.state().name());
		}
		LocalDate today = sentOn != null && !sentOn.isAfter(deadlines.today()) ? sentOn : deadlines.today();
		store.bump(s);
		jdbc.sql("UPDATE meetings_sitting SET state = 'NOTIFIED', notified_on = ? WHERE id = ?").params(today, id.value())
			.update();
		List<String> recipients = directory.standingCommitteeMembersOn(s.heldOn()).stream()
			.map(p -> Recipients.person(p.value())).toList();
		// A sitting entered after it was held sends nobody a notice.
		if (!recipients.isEmpty() && !s.heldOn().isBefore(deadlines.today())) {
			events.publishEvent(new NotificationRequested(recipients, "meetings.notice.sitting",
					List.of(String.valueOf(s.number()), s.heldOn().toString(), s.place() == null ? "" : s.place()),
					"/meetings/" + id.value(), "meetings.notice", "sitting:" + id.value()));
		}
		store.audit("notified", s, id);
	}

	/** The sitting opens: attendance is taken and votes may be held. */
	void open(SittingId id, Integer version) {
		SittingView s = store.load(id, version);
		boolean ready = s.state() == SittingState.NOTIFIED
				|| (s.state() == SittingState.PLANNED && s.kind() == SittingKind.CHAIRPERSONS);
		if (!ready) {
			throw new MeetingsException(s.state() == SittingState.PLANNED ? "meetings.error.notNotified" : "meetings.error.state",
					s.state().name());
		}
		store.bump(s);
		jdbc.sql("UPDATE meetings_sitting SET state = 'HELD' WHERE id = ?").param(id.value()).update();
		store.audit("held", s, id);
	}

	/** The sitting ends with its minutes (纪要); nothing on it changes afterwards. */
	void close(SittingId id, Integer version, String minutes) {
		SittingView s = store.load(id, version);
		if (s.state() != SittingState.HELD) {
			throw new MeetingsException("meetings.error.state", s.state().name());
		}
		boolean voteOpen = jdbc.sql("""
				SELECT COUNT(*) FROM meetings_vote v JOIN meetings_agenda_item i ON i.id = v.item_id
				WHERE i.sitting_id = ? AND v.state = 'OPEN'""").param(id.value()).query(Integer.class).single() > 0;
		if (voteOpen) {
			throw new MeetingsException("meetings.error.voteStillOpen");
		}
		String text = minutes == null || minutes.isBlank() ? null : minutes.strip();
		if (text != null && text.length() > 20000) {
			throw new MeetingsException("meetings.error.tooLong", 20000);
		}
		store.bump(s);
		jdbc.sql("UPDATE meetings_sitting SET state = 'CLOSED', minutes = ? WHERE id = ?").params(text, id.value()).update();
		store.audit("closed", s, id);
	}

	SittingView load(SittingId id) {
		return store.load(id);
	}

	/** Whether the notice went (or, not sent yet, would go) out later than the notice days before. */
	boolean noticeLate(SittingView s) {
		LocalDate due = s.heldOn().minusDays(settings.noticeDays());
		LocalDate sent = s.notifiedOn() != null ? s.notifiedOn() : deadlines.today();
		return s.kind() == SittingKind.STANDING_COMMITTEE && sent.isAfter(due)
				&& (s.notifiedOn() != null || s.state() == SittingState.PLANNED);
	}

	LocalDate noticeDue(SittingView s) {
		return s.heldOn().minusDays(settings.noticeDays());
	}

	private String checkedPlace(String place) {
		String p = place == null || place.isBlank() ? null : place.strip();
		return limits.check("meetings_sitting.place", p);
	}

}
