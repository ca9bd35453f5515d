package org.lvzhi.meetings.sittings;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.PersonId;
import org.lvzhi.meetings.AttendanceRecorded;
import org.lvzhi.meetings.MeetingsException;
import org.lvzhi.meetings.SittingId;
import org.lvzhi.meetings.SittingKind;
import org.lvzhi.meetings.SittingState;
import org.lvzhi.meetings.SittingView;
import org.lvzhi.meetings.rules.MeetingsSettings;
import org.lvzhi.platform.FieldLimits;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who of the standing committee's members attends a sitting: present, on leave (请假) or absent, and
 * whether the present ones make a quorum (more than half of all members, a setting). Votes ask it
 * before they open and close. A meeting of the council of chairpersons records its own members'
 * attendance (the chair, vice-chairs and secretary-general), without quorum or votes.
 */
@Service
@Transactional
public class Attendance {

	/** A member's attendance. */
	public enum Status {
		PRESENT, LEAVE, ABSENT
	}

	/** An agenda item and its sitting, as the voting service needs them. */
	public record ItemAtSitting(long itemId, String title, String kindKey, String link, long sittingId,
			SittingKind kind, SittingState state, LocalDate heldOn) {
	}

	private final JdbcClient jdbc;
	private final SittingStore store;
	private final Directory directory;
	private final MeetingsSettings settings;
	private final ApplicationEventPublisher events;
	private final SittingReads reads;
	private final FieldLimits limits;

	Attendance(JdbcClient jdbc, SittingStore store, Directory directory, MeetingsSettings settings,
			ApplicationEventPublisher events, SittingReads reads, FieldLimits limits) {
		this.limits = limits;
		this.reads = reads;
		this.jdbc = jdbc;
		this.store = store;
		this.directory = directory;
		this.settings = settings;
		this.events = events;
	}

	/** All members of the standing committee on the sitting's day: whom quorum and majority count from. */
	@Transactional(readOnly = true)
	public List<PersonId> allMembers(LocalDate day) {
		return directory.standingCommitteeMembersOn(day);
	}

	/** Whose attendance a sitting records: all members of the committee, or the council's members. */
	@Transactional(readOnly = true)
	public List<PersonId> membersOf(SittingView s) {
		return s.kind() == SittingKind.CHAIRPERSONS ? directory.chairpersonsOn(s.heldOn()) : allMembers(s.heldOn());
	}

	/** The members recorded present at a sitting. */
	@Transactional(readOnly = true)
	public List<PersonId> present(long sittingId) {
		return jdbc.sql("SELECT person_id FROM meetings_attendance WHERE sitting_id = ? AND status = 'PRESENT' ORDER BY person_id")
			.param(sittingId).query((rs, n) -> new PersonId(rs.getLong(1))).list();
	}

	@Transactional(readOnly = true)
	public boolean quorum(long sittingId, LocalDate day) {
		return settings.quorum(present(sittingId).size(), allMembers(day).size());
	}

	@Transactional(readOnly = true)
	public Optional<ItemAtSitting> item(long itemId) {
		return jdbc.sql("""
				SELECT i.id AS item_id, i.title, i.kind_key, i.link, s.id AS sitting_id, s.kind, s.state, s.held_on
				FROM meetings_agenda_item i JOIN meetings_sitting s ON s.id = i.sitting_id WHERE i.id = ?""")
			.param(itemId).query(ItemAtSitting.class).optional();
	}

	/** Every member with the attendance recorded (none recorded yet: {@code null}), in the directory's order. */
	@Transactional(readOnly = true)
	Map<PersonId, Status> of(SittingView s) {
		Map<PersonId, Status> all = new LinkedHashMap<>();
		for (PersonId p : membersOf(s)) {
			all.put(p, null);
		}
		jdbc.sql("SELECT person_id, status FROM meetings_attendance WHERE sitting_id = ?").param(s.id())
			.query((rs, n) -> all.put(new PersonId(rs.getLong(1)), Status.valueOf(rs.getString(2)))).list();
		return all;
	}

	/** The office records a member's attendance; present only once the sitting is held. */
	void record(SittingId id, PersonId member, Status status) {
		SittingView s = store.load(id);
		if (status == null) {
			throw new MeetingsException("meetings.error.statusRequired");
		}
		if (s.state() == SittingState.CLOSED || (status == Status.PRESENT && s.state() != SittingState.HELD)) {
			throw new MeetingsException("meetings.error.state", s.state().name());
		}
		write(s, member, status, "recorded", null);
	}

	/**
	 * A member asks for leave (请假) herself from a sitting not yet held, saying why; the office reads
	 * the reason on the sitting's page.
	 */
	void askLeave(SittingId id, PersonId member, String reason) {
		SittingView s = store.load(id);
		if (s.state() == SittingState.HELD || s.state() == SittingState.CLOSED) {
			throw new MeetingsException("meetings.error.alreadyHeld");
		}
		String why = reason == null || reason.isBlank() ? null : reason.strip();
		if (why == null) {
			throw new MeetingsException("meetings.error.leaveReason");
		}
		write(s, member, Status.LEAVE, "leave", limits.check("meetings_attendance.leave_reason", why));
	}

	/** The reasons members gave for their leave, by member. */
	@Transactional(readOnly = true)
	Map<PersonId, String> leaveReasons(long sittingId) {
		Map<PersonId, String> reasons = new LinkedHashMap<>();
		jdbc.sql("SELECT person_id, leave_reason FROM meetings_attendance WHERE sitting_id = ? AND status = 'LEAVE' AND leave_reason IS NOT NULL")
			.param(sittingId).query((rs, n) -> reasons.put(new PersonId(rs.getLong(1)), rs.getString(2))).list();
		return reasons;
	}

	/** Writes a member's status; a reason given is kept with a leave, and dropped with any other status. */
	private void write(SittingView s, PersonId member, Status status, String action, String reason) {
		if (member == null || !membersOf(s).contains(member)) {
			throw new MeetingsException("meetings.error.notMember");
		}
		Status before = of(s).get(member);
		boolean leave = status == Status.LEAVE;
		int n = jdbc.sql("UPDATE meetings_attendance SET status = ?, leave_reason = CASE WHEN ? THEN COALESCE(?, leave_reason) ELSE NULL END WHERE sitting_id = ? AND person_id = ?")
			.params(status.name(), leave, reason, s.id(), member.value()).update();
		if (n == 0) {
			jdbc.sql("INSERT INTO meetings_attendance (sitting_id, person_id, status, leave_reason) VALUES (?, ?, ?, ?)")
				.params(s.id(), member.value(), status.name(), leave ? reason : null).update();
		}
		events.publishEvent(new AuditEvent("meetings.attendance." + action, "Sitting", String.valueOf(s.id()),
				"person:" + member.value(), before == null ? null : before.name(),
				reason == null ? status.name() : status.name() + ": " + reason));
		events.publishEvent(new AttendanceRecorded(reads.attendanceOf(s)));
	}
}
