package org.lvzhi.liaison;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lvzhi.directory.PersonId;
import org.lvzhi.platform.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of reception days, for pages and the public announcements. */
@Service
@Transactional(readOnly = true)
public class ReceptionDays {

	private final JdbcClient jdbc;

	ReceptionDays(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<ReceptionDay> get(ReceptionDayId id) {
		return jdbc.sql("SELECT * FROM liaison_reception_day WHERE id = :id").param("id", id.value())
			.query(this::row).optional().map(this::withDeputies);
	}

	/**
	 * Criteria of the list, each optional.
	 * @param stations only these stations (a deputy's scope), {@code null} for all
	 */
	public record Query(Long station, String district, ReceptionDayState state, LocalDate from, LocalDate to,
			List<Long> stations) {
	}

	public Page<ReceptionDay> find(Query q, int page, int size) {
		Map<String, Object> params = new HashMap<>();
		String where = where(q, params);
		long total = jdbc.sql("SELECT COUNT(*) FROM liaison_reception_day d JOIN liaison_station s ON s.id = d.station_id"
				+ where).params(params).query(Long.class).single();
		List<ReceptionDay> items = jdbc.sql("SELECT d.* FROM liaison_reception_day d JOIN liaison_station s ON s.id = d.station_id"
				+ where + " ORDER BY d.held_on DESC, d.id DESC LIMIT :limit OFFSET :offset")
			.params(params).param("limit", size).param("offset", Page.offset(page, size)).query(this::row).list();
		return new Page<>(items.stream().map(this::withDeputies).toList(), page, size, total);
	}

	public List<ReceptionDay> all(Query q) {
		Map<String, Object> params = new HashMap<>();
		return jdbc.sql("SELECT d.* FROM liaison_reception_day d JOIN liaison_station s ON s.id = d.station_id"
				+ where(q, params) + " ORDER BY d.held_on DESC, d.id DESC").params(params).query(this::row).list();
	}

	/** Announced days still to come, soonest first: what the public pages show. */
	public List<ReceptionDay> announced(StationId station, LocalDate today, int limit) {
		return jdbc.sql("SELECT d.* FROM liaison_reception_day d WHERE d.state = 'SCHEDULED' AND d.held_on >= :today"
				+ " AND d.announced_on <= :today" + (station == null ? "" : " AND d.station_id = :station")
				+ " ORDER BY d.held_on, d.id LIMIT :limit")
			.param("today", today).params(station == null ? Map.of() : Map.of("station", station.value()))
			.param("limit", limit).query(this::row).list().stream().map(this::withDeputies).toList();
	}

	private static String where(Query q, Map<String, Object> params) {
		List<String> c = new ArrayList<>();
		if (q.station() != null) {
			c.add("d.station_id = :station");
			params.put("station", q.station());
		}
		if (q.district() != null && !q.district().isBlank()) {
			c.add("s.district = :district");
			params.put("district", q.district());
		}
		if (q.state() != null) {
			c.add("d.state = :state");
			params.put("state", q.state().name());
		}
		if (q.from() != null) {
			c.add("d.held_on >= :from");
			params.put("from", q.from());
		}
		if (q.to() != null) {
			c.add("d.held_on <= :to");
			params.put("to", q.to());
		}
		if (q.stations() != null) {
			c.add(q.stations().isEmpty() ? "1 = 0" : "d.station_id IN (:stations)");
			if (!q.stations().isEmpty()) {
				params.put("stations", q.stations());
			}
		}
		return c.isEmpty() ? "" : " WHERE " + String.join(" AND ", c);
	}

	ReceptionDay withDeputies(ReceptionDay d) {
		List<PersonId> all = new ArrayList<>();
		List<PersonId> present = new ArrayList<>();
		jdbc.sql("SELECT person_id, present FROM liaison_reception_deputy WHERE day_id = :d ORDER BY person_id")
			.param("d", d.id().value()).query((ResultSet rs) -> {
				PersonId p = new PersonId(rs.getLong(1));
				all.add(p);
				if (rs.getBoolean(2)) {
					present.add(p);
				}
			});
		return new ReceptionDay(d.id(), d.station(), d.heldOn(), d.hours(), d.topic(), d.announcedOn(), d.state(),
				d.constituentsReceived(), d.version(), all, present);
	}

	private ReceptionDay row(ResultSet rs, int n) throws SQLException {
		return new ReceptionDay(new ReceptionDayId(rs.getLong("id")), new StationId(rs.getLong("station_id")),
				rs.getObject("held_on", LocalDate.class), rs.getString("hours"), rs.getString("topic"),
				rs.getObject("announced_on", LocalDate.class), ReceptionDayState.valueOf(rs.getString("state")),
				rs.getInt("constituents_received"), rs.getInt("version"), List.of(), List.of());
	}
}
