package org.lvzhi.liaison;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.directory.PersonId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * On or after the day, the station records which deputies came (each one a duty visit) and how
 * many constituents were received. Recording again corrects the record; the event says so.
 */
@Service
public class RecordReceptionDay {

	private final JdbcClient jdbc;
	private final ReceptionDays days;
	private final Stations stations;
	private final ApplicationEventPublisher events;
	private final LiaisonTallies tallies;

	RecordReceptionDay(JdbcClient jdbc, ReceptionDays days, Stations stations, ApplicationEventPublisher events,
			LiaisonTallies tallies) {
		this.tallies = tallies;
		this.jdbc = jdbc;
		this.days = days;
		this.stations = stations;
		this.events = events;
	}

	@Transactional
	public void record(ReceptionDayId id, int version, List<PersonId> present, int constituents, LocalDate today) {
		ReceptionDay day = days.get(id).orElseThrow(() -> new LiaisonException("liaison.error.dayNotFound", id.value()));
		if (day.version() != version) {
			throw new OptimisticLockingFailureException("Reception day " + id + " is at version " + day.version());
		}
		if (day.heldOn().isAfter(today)) {
			throw new LiaisonException("liaison.error.dayNotYetHeld", day.heldOn());
		}
		if (constituents < 0 || constituents > 10_000) {
			throw new LiaisonException("liaison.error.constituents");
		}
		List<PersonId> came = List.copyOf(new LinkedHashSet<>(present));
		for (PersonId p : came) {
			if (!day.deputies().contains(p)) {
				throw new LiaisonException("liaison.error.notScheduledDeputy", p.value());
			}
		}
		LiaisonTallies.DayCount counted = tallies.day(id.value());
		int n = jdbc.sql("""
				UPDATE liaison_reception_day SET state = 'RECORDED', constituents_received = :c, version = version + 1
				WHERE id = :id AND version = :version""")
			.param("c", constituents).param("id", id.value()).param("version", version).update();
		if (n != 1) {
			throw new OptimisticLockingFailureException("Reception day " + id + " changed meanwhile");
		}
		jdbc.sql("UPDATE liaison_reception_deputy SET present = FALSE WHERE day_id = :d").param("d", id.value()).update();
		for (PersonId p : came) {
			jdbc.sql("UPDATE liaison_reception_deputy SET present = TRUE WHERE day_id = :d AND person_id = :p")
				.param("d", id.value()).param("p", p.value()).update();
		}
		tallies.dayChanged(id.value(), counted);
		String stationName = stations.get(day.station()).map(Station::name).orElse("");
		events.publishEvent(AuditEvent.changed("liaison.receptionDay.recorded", "ReceptionDay", id,
				stationName + " " + day.heldOn(), snapshot(day), new ScheduleReceptionDay.DaySnapshot(day.station().value(),
						day.heldOn(), "RECORDED", ids(day.deputies()), ids(came), constituents)));
		events.publishEvent(new ReceptionDayRecorded(id, day.station(), stationName, day.heldOn(), came, constituents));
	}

	private static ScheduleReceptionDay.DaySnapshot snapshot(ReceptionDay d) {
		return new ScheduleReceptionDay.DaySnapshot(d.station().value(), d.heldOn(), d.state().name(), ids(d.deputies()),
				ids(d.present()), d.constituentsReceived());
	}

	private static List<Long> ids(List<PersonId> persons) {
		return persons.stream().map(PersonId::value).toList();
	}
}
