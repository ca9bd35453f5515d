package org.lvzhi.directory.roster;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.directory.ImportResult;
import org.lvzhi.directory.MembershipRole;
import org.lvzhi.directory.PersonDetails;
import org.lvzhi.directory.PersonalData;
import org.lvzhi.directory.RosterRow;
import org.lvzhi.directory.organizations.OrganizationRow;
import org.lvzhi.directory.persons.PersonRepository;
import org.lvzhi.directory.persons.PersonRow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a checked roster in one transaction: a person whose ID number is known is updated,
 * anyone else added; deputy, delegation and group memberships are added where the person does not
 * hold them yet. Memberships go in as one JDBC batch, because rosters run to thousands of rows.
 */
@Component
public class RosterWriter {

	private static final int CHUNK = 500;

	private final PersonRepository persons;
	private final JdbcClient jdbc;
	private final NamedParameterJdbcTemplate batch;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	RosterWriter(PersonRepository persons, JdbcClient jdbc, NamedParameterJdbcTemplate batch,
			ApplicationEventPublisher events, Clock clock) {
		this.persons = persons;
		this.jdbc = jdbc;
		this.batch = batch;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public ImportResult write(List<RosterResolver.Resolved> rows) {
		Map<String, PersonRow> known = known(rows.stream().map(r -> r.row().idNumber()).toList());
		Set<String> held = held(known.values().stream().map(PersonRow::id).toList());
		OffsetDateTime now = OffsetDateTime.now(clock);
		List<SqlParameterSource> memberships = new ArrayList<>();
		int added = 0;
		int updated = 0;
		for (RosterResolver.Resolved r : rows) {
			RosterRow row = r.row();
			PersonDetails details = new PersonDetails(row.name(), row.gender(), row.ethnicity(), row.occupation(),
					new PersonalData(row.idNumber(), row.mobile(), row.birthDate()));
			PersonRow before = known.get(row.idNumber());
			PersonRow after;
			if (before == null) {
				after = persons.save(PersonRow.of(details, now));
				added++;
				events.publishEvent(AuditEvent.created("directory.person.imported", "Person", after.id(), after.name(),
						after.snapshot()));
			}
			else {
				PersonalData old = before.personal();
				PersonDetails merged = new PersonDetails(row.name(), row.gender(),
						row.ethnicity() == null ? before.ethnicity() : row.ethnicity(),
						row.occupation() == null ? before.occupation() : row.occupation(),
						new PersonalData(row.idNumber(), row.mobile() == null ? old.mobile() : row.mobile(),
								row.birthDate()));
				after = persons.save(before.with(merged, before.version()));
				updated++;
				events.publishEvent(AuditEvent.changed("directory.person.importUpdated", "Person", after.id(),
						after.name(), before.snapshot(), after.snapshot()));
			}
			LocalDate start = r.congress().foundingDate() != null ? r.congress().foundingDate() : LocalDate.now(clock);
			add(memberships, held, after.id(), r.congress(), MembershipRole.DEPUTY, row, start);
			add(memberships, held, after.id(), r.delegation(), MembershipRole.MEMBER, row, start);
			add(memberships, held, after.id(), r.group(), MembershipRole.MEMBER, row, start);
		}
		if (!memberships.isEmpty()) {
			batch.batchUpdate("""
					INSERT INTO directory_membership (person_id, organization_id, role, term, constituency, start_date, version)
					VALUES (:person, :organization, :role, :term, :constituency, :start, 1)""",
					memberships.toArray(SqlParameterSource[]::new));
		}
		events.publishEvent(new AuditEvent("directory.roster.imported", "Roster", null,
				"added " + added + ", updated " + updated + ", memberships " + memberships.size(), null,
				Map.of("added", added, "updated", updated, "memberships", memberships.size())));
		return new ImportResult(added, updated, List.of());
	}

	private static void add(List<SqlParameterSource> out, Set<String> held, long person, OrganizationRow body,
			MembershipRole role, RosterRow row, LocalDate start) {
		if (body == null || !held.add(person + ":" + body.id())) {
			return;
		}
		out.add(new MapSqlParameterSource().addValue("person", person)
			.addValue("organization", body.id())
			.addValue("role", role.name())
			.addValue("term", row.term())
			.addValue("constituency", role == MembershipRole.DEPUTY ? row.constituency() : null)
			.addValue("start", start));
	}

	private Map<String, PersonRow> known(List<String> idNumbers) {
		Map<String, PersonRow> result = new HashMap<>();
		for (int i = 0; i < idNumbers.size(); i += CHUNK) {
			jdbc.sql("SELECT * FROM directory_person WHERE id_number IN (:ids)")
				.param("ids", idNumbers.subList(i, Math.min(idNumbers.size(), i + CHUNK)))
				.query(PersonRow::map)
				.list()
				.forEach(p -> result.put(p.idNumber(), p));
		}
		return result;
	}

	/** "person:organization" of every membership the known persons hold today or later. */
	private Set<String> held(List<Long> personIds) {
		Set<String> result = new HashSet<>();
		for (int i = 0; i < personIds.size(); i += CHUNK) {
			jdbc.sql("SELECT person_id, organization_id FROM directory_membership WHERE person_id IN (:ids)"
					+ " AND (end_date IS NULL OR end_date >= :today)")
				.param("ids", personIds.subList(i, Math.min(personIds.size(), i + CHUNK)))
				.param("today", LocalDate.now(clock))
				.query((rs, n) -> result.add(rs.getLong(1) + ":" + rs.getLong(2)))
				.list();
		}
		return result;
	}
}
