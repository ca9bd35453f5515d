package org.lvzhi.liaison;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.directory.PersonId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff or the station's deputies schedule a reception day with its deputies. It is announced on
 * the public pages the day it is scheduled, which must be at least {@code announceDays} before it
 * is held, so that constituents can plan to come.
 */
@Service
public class ScheduleReceptionDay {

	private final JdbcClient jdbc;
	private final Stations stations;
	private final LiaisonSettings settings;
	private final ApplicationEventPublisher events;

	ScheduleReceptionDay(JdbcClient jdbc, Stations stations, LiaisonSettings settings, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.stations = stations;
		this.settings = settings;
		this.events = events;
	}

	@Transactional
	public ReceptionDayId schedule(StationId station, LocalDate heldOn, String hours, String topic,
			List<PersonId> deputies, LocalDate today) {
		Station s = stations.get(station).orElseThrow(() -> new LiaisonException("liaison.error.stationNotFound",
				station.value()));
		if (heldOn == null) {
			throw new LiaisonException("liaison.error.dateRequired");
		}
		if (heldOn.isBefore(today.plusDays(settings.announceDays()))) {
			throw new LiaisonException("liaison.error.announceAhead", settings.announceDays(),
					today.plusDays(settings.announceDays()));
		}
		if (deputies == null || deputies.isEmpty()) {
			throw new LiaisonException("liaison.error.deputiesRequired");
		}
		for (PersonId p : deputies) {
			if (!s.deputies().contains(p)) {
				throw new LiaisonException("liaison.error.notStationDeputy", p.value());
			}
		}
		if ((hours != null && hours.length() > 32) || (topic != null && topic.length() > 200)) {
			throw new LiaisonException("liaison.error.tooLong", 200);
		}
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO liaison_reception_day (station_id, held_on, hours, topic, announced_on, state, constituents_received, version)
				VALUES (:s, :held, :hours, :topic, :today, 'SCHEDULED', 0, 0)""")
			.param("s", station.value()).param("held", heldOn).param("hours", blank(hours)).param("topic", blank(topic))
			.param("today", today).update(keys, "id");
		ReceptionDayId id = new ReceptionDayId(keys.getKey().longValue());
		for (PersonId p : new LinkedHashSet<>(deputies)) {
			jdbc.sql("INSERT INTO liaison_reception_deputy (day_id, person_id, present) VALUES (:d, :p, FALSE)")
				.param("d", id.value()).param("p", p.value()).update();
		}
		events.publishEvent(AuditEvent.created("liaison.receptionDay.scheduled", "ReceptionDay", id,
				s.name() + " " + heldOn, new DaySnapshot(station.value(), heldOn, "SCHEDULED",
						deputies.stream().map(PersonId::value).toList(), List.of(), 0)));
		return id;
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	/** What the audit log keeps of a reception day. */
	record DaySnapshot(long station, LocalDate heldOn, String state, List<Long> deputies, List<Long> present,
			int constituents) {
	}
}
