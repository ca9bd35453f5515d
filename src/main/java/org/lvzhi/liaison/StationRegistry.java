package org.lvzhi.liaison;

import java.util.LinkedHashSet;
import java.util.List;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.PersonId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Writes stations for the station use cases, each change with its audit entry. */
@Component
class StationRegistry {

	private final JdbcClient jdbc;
	private final Stations stations;
	private final LiaisonSettings settings;
	private final Directory directory;
	private final ApplicationEventPublisher events;
	private final LiaisonTallies tallies;

	StationRegistry(JdbcClient jdbc, Stations stations, LiaisonSettings settings, Directory directory,
			ApplicationEventPublisher events, LiaisonTallies tallies) {
		this.tallies = tallies;
		this.jdbc = jdbc;
		this.stations = stations;
		this.settings = settings;
		this.directory = directory;
		this.events = events;
	}

	StationId insert(StationDetails d, List<PersonId> deputies, boolean checkDeputies) {
		check(d, null);
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO liaison_station (name, kind, district, street, address, opening_rules, contact_name,
				  contact_phone, intake_code, model, version)
				VALUES (:name, :kind, :district, :street, :address, :rules, :cname, :cphone, :code, FALSE, 0)""")
			.params(params(d)).param("code", OpinionStore.newCode(12)).update(keys, "id");
		StationId id = new StationId(keys.getKey().longValue());
		writeDeputies(id, deputies, checkDeputies);
		events.publishEvent(AuditEvent.created("liaison.station.registered", "Station", id, d.name().strip(),
				snapshot(stations.get(id).orElseThrow())));
		return id;
	}

	void update(StationId id, int version, StationDetails d) {
		Station before = load(id, version);
		check(d, id);
		tallies.stationMoving(id.value(), params(d).get("district").toString());
		int n = jdbc.sql("""
				UPDATE liaison_station SET name = :name, kind = :kind, district = :district, street = :street,
				  address = :address, opening_rules = :rules, contact_name = :cname, contact_phone = :cphone,
				  version = version + 1 WHERE id = :id AND version = :version""")
			.params(params(d)).param("id", id.value()).param("version", version).update();
		if (n != 1) {
			throw new OptimisticLockingFailureException("Station " + id + " changed meanwhile");
		}
		events.publishEvent(AuditEvent.changed("liaison.station.edited", "Station", id, d.name().strip(),
				snapshot(before), snapshot(stations.get(id).orElseThrow())));
	}

	void assign(StationId id, int version, List<PersonId> deputies) {
		Station before = load(id, version);
		int n = jdbc.sql("UPDATE liaison_station SET version = version + 1 WHERE id = :id AND version = :version")
			.param("id", id.value()).param("version", version).update();
		if (n != 1) {
			throw new OptimisticLockingFailureException("Station " + id + " changed meanwhile");
		}
		jdbc.sql("DELETE FROM liaison_station_deputy WHERE station_id = :s").param("s", id.value()).update();
		writeDeputies(id, deputies, true);
		events.publishEvent(AuditEvent.changed("liaison.station.deputiesAssigned", "Station", id, before.name(),
				snapshot(before), snapshot(stations.get(id).orElseThrow())));
		events.publishEvent(new StationDeputiesAssigned(id));
	}

	void markModel(StationId id, boolean model) {
		jdbc.sql("UPDATE liaison_station SET model = :m, version = version + 1 WHERE id = :id").param("m", model)
			.param("id", id.value()).update();
	}

	private Station load(StationId id, int version) {
		Station s = stations.get(id).orElseThrow(() -> new LiaisonException("liaison.error.stationNotFound", id.value()));
		if (s.version() != version) {
			throw new OptimisticLockingFailureException("Station " + id + " is at version " + s.version());
		}
		return s;
	}

	private void writeDeputies(StationId id, List<PersonId> deputies, boolean check) {
		for (PersonId p : new LinkedHashSet<>(deputies)) {
			if (check && directory.person(p).isEmpty()) {
				throw new LiaisonException("liaison.error.unknownDeputy", p.value());
			}
			jdbc.sql("INSERT INTO liaison_station_deputy (station_id, person_id) VALUES (:s, :p)").param("s", id.value())
				.param("p", p.value()).update();
		}
	}

	private void check(StationDetails d, StationId self) {
		if (d.name() == null || d.name().isBlank() || d.name().strip().length() > 120) {
			throw new LiaisonException("liaison.error.stationName", 120);
		}
		if (d.kind() == null) {
			throw new LiaisonException("liaison.error.kindRequired");
		}
		if (!settings.districts().contains(d.district())) {
			throw new LiaisonException("liaison.error.district");
		}
		Long other = jdbc.sql("SELECT id FROM liaison_station WHERE name = :n").param("n", d.name().strip())
			.query(Long.class).optional().orElse(null);
		if (other != null && (self == null || other != self.value())) {
			throw new LiaisonException("liaison.error.stationNameTaken", d.name().strip());
		}
		for (String text : new String[] { d.street(), d.contactName(), d.contactPhone() }) {
			if (text != null && text.strip().length() > 64) {
				throw new LiaisonException("liaison.error.tooLong", 64);
			}
		}
		for (String text : new String[] { d.address(), d.openingRules() }) {
			if (text != null && text.strip().length() > 200) {
				throw new LiaisonException("liaison.error.tooLong", 200);
			}
		}
	}

	private static java.util.Map<String, Object> params(StationDetails d) {
		java.util.Map<String, Object> p = new java.util.HashMap<>();
		p.put("name", d.name().strip());
		p.put("kind", d.kind().name());
		p.put("district", d.district());
		p.put("street", blank(d.street()));
		p.put("address", blank(d.address()));
		p.put("rules", blank(d.openingRules()));
		p.put("cname", blank(d.contactName()));
		p.put("cphone", blank(d.contactPhone()));
		return p;
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	record StationSnapshot(String name, String kind, String district, String street, String address, String openingRules,
			String contactName, List<Long> deputies, boolean model, int version) {
	}

	static StationSnapshot snapshot(Station s) {
		return new StationSnapshot(s.name(), s.kind().name(), s.district(), s.street(), s.address(), s.openingRules(),
				s.contactName(), s.deputies().stream().map(PersonId::value).toList(), s.model(), s.version());
	}
}
