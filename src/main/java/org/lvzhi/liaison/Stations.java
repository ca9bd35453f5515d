package org.lvzhi.liaison;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.lvzhi.directory.PersonId;
import org.lvzhi.platform.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of the station registry, for pages and other modules. */
@Service
@Transactional(readOnly = true)
public class Stations {

	private final JdbcClient jdbc;

	Stations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Station> get(StationId id) {
		return jdbc.sql("SELECT * FROM liaison_station WHERE id = :id").param("id", id.value()).query(this::row)
			.optional().map(this::withDeputies);
	}

	public Optional<Station> byIntakeCode(String code) {
		if (code == null || code.length() > 16) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT * FROM liaison_station WHERE intake_code = :c").param("c", code).query(this::row)
			.optional().map(this::withDeputies);
	}

	public Page<Station> find(StationQuery q, int page, int size) {
		Map<String, Object> params = new HashMap<>();
		String where = where(q, params);
		long total = jdbc.sql("SELECT COUNT(*) FROM liaison_station s" + where).params(params).query(Long.class).single();
		List<Station> items = jdbc.sql("SELECT s.* FROM liaison_station s" + where
				+ " ORDER BY s.district, s.kind, s.name LIMIT :limit OFFSET :offset")
			.params(params).param("limit", size).param("offset", Page.offset(page, size))
			.query(this::row).list();
		return new Page<>(items, page, size, total);
	}

	/** Every station matching, for exports (no paging). */
	public List<Station> all(StationQuery q) {
		Map<String, Object> params = new HashMap<>();
		return jdbc.sql("SELECT s.* FROM liaison_station s" + where(q, params) + " ORDER BY s.district, s.kind, s.name")
			.params(params).query(this::row).list();
	}

	/** The stations a deputy is assigned to. */
	public List<Station> of(PersonId deputy) {
		return all(new StationQuery(null, null, null, null, deputy.value()));
	}

	public List<Long> stationIdsOf(PersonId deputy) {
		return jdbc.sql("SELECT station_id FROM liaison_station_deputy WHERE person_id = :p").param("p", deputy.value())
			.query(Long.class).list();
	}

	/** Station names by ID, for lists. */
	public Map<Long, String> names() {
		Map<Long, String> names = new HashMap<>();
		jdbc.sql("SELECT id, name FROM liaison_station").query((ResultSet rs) -> {
			names.put(rs.getLong(1), rs.getString(2));
		});
		return names;
	}

	/** Names of the given stations only: a list page names its own rows' stations, not all 200,000. */
	public Map<Long, String> names(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		List<Long> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
		if (wanted.isEmpty()) {
			return names;
		}
		jdbc.sql("SELECT id, name FROM liaison_station WHERE id IN (:ids)").param("ids", wanted).query((ResultSet rs) -> {
			names.put(rs.getLong(1), rs.getString(2));
		});
		return names;
	}

	public long count() {
		return jdbc.sql("SELECT COUNT(*) FROM liaison_station").query(Long.class).single();
	}

	private static String where(StationQuery q, Map<String, Object> params) {
		List<String> c = new ArrayList<>();
		if (q.name() != null && !q.name().isBlank()) {
			c.add("s.name LIKE :name");
			params.put("name", "%" + q.name().strip() + "%");
		}
		if (q.kind() != null) {
			c.add("s.kind = :kind");
			params.put("kind", q.kind().name());
		}
		if (q.district() != null && !q.district().isBlank()) {
			c.add("s.district = :district");
			params.put("district", q.district());
		}
		if (q.model() != null) {
			c.add("s.model = :model");
			params.put("model", q.model());
		}
		if (q.deputy() != null) {
			c.add("s.id IN (SELECT station_id FROM liaison_station_deputy WHERE person_id = :deputy)");
			params.put("deputy", q.deputy());
		}
		return c.isEmpty() ? "" : " WHERE " + String.join(" AND ", c);
	}

	private Station withDeputies(Station s) {
		List<PersonId> deputies = jdbc.sql(
				"SELECT person_id FROM liaison_station_deputy WHERE station_id = :s ORDER BY person_id")
			.param("s", s.id().value()).query((rs, n) -> new PersonId(rs.getLong(1))).list();
		return new Station(s.id(), s.name(), s.kind(), s.district(), s.street(), s.address(), s.openingRules(),
				s.contactName(), s.contactPhone(), s.intakeCode(), s.model(), s.version(), deputies);
	}

	private Station row(ResultSet rs, int n) throws SQLException {
		return new Station(new StationId(rs.getLong("id")), rs.getString("name"), StationKind.valueOf(rs.getString("kind")),
				rs.getString("district"), rs.getString("street"), rs.getString("address"), rs.getString("opening_rules"),
				rs.getString("contact_name"), rs.getString("contact_phone"), rs.getString("intake_code"),
				rs.getBoolean("model"), rs.getInt("version"), List.of());
	}
}
