package org.lvzhi.dutyrecords;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.liaison.Opinion;
import org.lvzhi.liaison.OpinionClosed;
import org.lvzhi.liaison.OpinionCollected;
import org.lvzhi.liaison.OpinionId;
import org.lvzhi.liaison.Opinions;
import org.lvzhi.liaison.ReceptionDay;
import org.lvzhi.liaison.ReceptionDayRecorded;
import org.lvzhi.liaison.ReceptionDayState;
import org.lvzhi.liaison.ReceptionDays;
import org.lvzhi.liaison.Stations;
import org.lvzhi.meetings.AttendanceRecorded;
import org.lvzhi.meetings.SittingAttendance;
import org.lvzhi.meetings.SittingId;
import org.lvzhi.meetings.Sittings;
import org.lvzhi.suggestions.BillId;
import org.lvzhi.suggestions.FiledBill;
import org.lvzhi.suggestions.SubmittedSuggestion;
import org.lvzhi.suggestions.SuggestionId;
import org.lvzhi.suggestions.Suggestions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clears the duty records and builds them again from the source modules' current records, for
 * when the projection is suspected to have drifted (decision 0009: the entries are derived). Each
 * source record is replayed as the event its module would publish now and handed to the same
 * listeners, so rebuilt lines are the lines the events write. Suggestions and bills are read by
 * keyset pages of {@link Suggestions#submittedAfter} and {@link Suggestions#billsFiled}, with the
 * deputies who signed, and handed to the motions' listener as the views they are.
 * Attendance at the standing committee's sittings is read by keyset pages of {@link Sittings#attendanceAfter}.
 */
@Service
public class RebuildDutyRecords {

	private static final int BATCH = 200;

	private final JdbcClient jdbc;
	private final ReceptionDays days;
	private final Opinions opinions;
	private final Stations stations;
	private final Suggestions suggestions;
	private final RecordLiaisonWork liaison;
	private final RecordMotions motions;
	private final Sittings sittings;
	private final RecordSittings attendance;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	RebuildDutyRecords(JdbcClient jdbc, ReceptionDays days, Opinions opinions, Stations stations,
			Suggestions suggestions, RecordLiaisonWork liaison, RecordMotions motions, Sittings sittings,
			RecordSittings attendance, ApplicationEventPublisher events, Clock clock) {
		this.sittings = sittings;
		this.attendance = attendance;
		this.jdbc = jdbc;
		this.days = days;
		this.opinions = opinions;
		this.stations = stations;
		this.suggestions = suggestions;
		this.liaison = liaison;
		this.motions = motions;
		this.events = events;
		this.clock = clock;
	}

	/** @return the number of lines per kind after the rebuild */
	@Transactional
	public Map<DutyKind, Long> rebuild() {
		Map<DutyKind, Long> before = counts();
		jdbc.sql("DELETE FROM dutyrecords_entry").update();
		receptionDays();
		opinions();
		suggestions();
		bills();
		sittings();
		Map<DutyKind, Long> after = counts();
		events.publishEvent(AuditEvent.changed("dutyrecords.rebuilt", "DutyRecords", "all", "重建代表履职档案",
				new Lines(before), new Lines(after)));
		return after;
	}

	private void receptionDays() {
		Map<Long, String> names = stations.names();
		for (ReceptionDay listed : days.all(new ReceptionDays.Query(null, null, ReceptionDayState.RECORDED, null, null, null))) {
			ReceptionDay d = days.get(listed.id()).orElseThrow();
			liaison.on(new ReceptionDayRecorded(d.id(), d.station(), names.get(d.station().value()), d.heldOn(),
					d.present(), d.constituentsReceived()));
		}
	}

	private void opinions() {
		for (Opinions.Item item : opinions.all(Opinions.Query.all(LocalDate.now(clock)))) {
			Opinion o = opinions.get(new OpinionId(item.id())).orElseThrow();
			liaison.on(new OpinionCollected(o.id(), o.station(), o.deputies(), o.receivedOn(), o.subject()));
			// A reopened opinion has no closing date until it is closed again.
			if (o.closedOn() != null && !o.state().isOpen()) {
				liaison.on(new OpinionClosed(o.id(), o.deputies(), o.solved(), o.closedOn()));
			}
		}
	}

	/**
	 * Every suggestion that was submitted and not returned as not a suggestion, as the listeners
	 * count them; a withdrawn or merged one keeps its lines there too.
	 */
	private void suggestions() {
		SuggestionId after = null;
		for (;;) {
			List<SubmittedSuggestion> page = suggestions.submittedAfter(after, BATCH);
			page.forEach(motions::replay);
			if (page.size() < BATCH) {
				return;
			}
			after = page.getLast().id();
		}
	}

	/** Every bill filed, withdrawn or not, as {@code BillFiled} told it when it was filed. */
	private void bills() {
		BillId after = null;
		for (;;) {
			List<FiledBill> page = suggestions.billsFiled(null, null, after, BATCH);
			page.forEach(motions::replay);
			if (page.size() < BATCH) {
				return;
			}
			after = page.getLast().id();
		}
	}

	/** The attendance of every sitting of the standing committee, as {@link AttendanceRecorded} tells it now. */
	private void sittings() {
		SittingId after = null;
		for (;;) {
			List<SittingAttendance> page = sittings.attendanceAfter(after, BATCH);
			for (SittingAttendance a : page) {
				attendance.on(new AttendanceRecorded(a));
			}
			if (page.size() < BATCH) {
				return;
			}
			after = page.getLast().sitting();
		}
	}

	/** What the audit entry shows: the number of lines per kind. */
	record Lines(Map<DutyKind, Long> perKind) {
	}

	private Map<DutyKind, Long> counts() {
		Map<DutyKind, Long> counts = new EnumMap<>(DutyKind.class);
		jdbc.sql("SELECT kind, COUNT(*) FROM dutyrecords_entry GROUP BY kind")
			.query(rs -> {
				counts.put(DutyKind.valueOf(rs.getString(1)), rs.getLong(2));
			});
		return counts;
	}
}
