package org.lvzhi.appointments.motions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lvzhi.appointments.AppointmentKind;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonId;
import org.lvzhi.platform.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The lists, counts and titles the pages, the sittings and the figures read. */
@Component
@Transactional(readOnly = true)
class MotionReads {

	/** A nomination with its person's and body's names. */
	record Named(NominationRow n, String person, String body, MotionRow motion, String title) {

		static Named of(NominationRow n, String person, String body, MotionRow motion) {
			return new Named(n, person, body, motion, title(n, person, body));
		}

		/** What the nomination asks, in the words of a list of appointments (任命张三为……副市长). */
		private static String title(NominationRow n, String person, String body) {
			String post = body + n.label();
			return switch (n.kind()) {
				case APPOINT -> "任命" + person + "为" + post;
				case ACTING -> "决定" + person + "为" + body + "代理" + n.label();
				case REMOVE -> "免去" + person + "的" + post + "职务";
				case DISMISS -> "撤销" + person + "的" + post + "职务";
				case RESIGNATION -> "接受" + person + "辞去" + post + "职务";
			};
		}
	}

	/** A motion in a list: its row and how many persons it names. */
	record Listed(MotionRow motion, int persons) {
	}

	private final JdbcClient jdbc;
	private final Directory directory;
	private final MotionStore store;

	MotionReads(JdbcClient jdbc, Directory directory, MotionStore store) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.store = store;
	}

	Page<Listed> find(MotionState state, AppointmentKind kind, LocalDate sittingDay, Integer year, int page, int size) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		List<Object> params = new ArrayList<>();
		if (state != null) {
			where.append(" AND m.state = ?");
			params.add(state.name());
		}
		if (kind != null) {
			where.append(" AND EXISTS (SELECT 1 FROM appointments_nomination k WHERE k.motion_id = m.id AND k.kind = ?)");
			params.add(kind.name());
		}
		if (sittingDay != null) {
			where.append(" AND m.sitting_day = ?");
			params.add(sittingDay);
		}
		if (year != null) {
			where.append(" AND m.submitted_on BETWEEN ? AND ?");
			params.add(LocalDate.of(year, 1, 1));
			params.add(LocalDate.of(year, 12, 31));
		}
		long total = jdbc.sql("SELECT COUNT(*) FROM appointments_motion m" + where).params(params)
			.query(Long.class).single();
		List<Object> paged = new ArrayList<>(params);
		paged.add(size);
		paged.add(Page.offset(page, size));
		List<MotionRow> rows = jdbc.sql("SELECT m.* FROM appointments_motion m" + where
				+ " ORDER BY m.submitted_on DESC, m.id DESC LIMIT ? OFFSET ?").params(paged).query(MotionRow.class).list();
		Map<Long, Integer> counts = new HashMap<>();
		if (!rows.isEmpty()) {
			String in = String.join(",", rows.stream().map(r -> "?").toList());
			jdbc.sql("SELECT motion_id, COUNT(*) AS n FROM appointments_nomination WHERE motion_id IN (" + in
					+ ") GROUP BY motion_id").params(rows.stream().map(r -> (Object) r.id()).toList())
				.query((rs, i) -> counts.put(rs.getLong(1), rs.getInt(2))).list();
		}
		return new Page<>(rows.stream().map(r -> new Listed(r, counts.getOrDefault(r.id(), 0))).toList(), page, size,
				total);
	}

	/** The sitting days of the motions, the latest first, for the list's filter. */
	List<LocalDate> sittingDays() {
		return jdbc.sql("SELECT DISTINCT sitting_day FROM appointments_motion WHERE sitting_day IS NOT NULL ORDER BY sitting_day DESC")
			.query(LocalDate.class).list();
	}

	List<Named> ofMotion(long motionId) {
		return named(store.nominations(motionId));
	}

	/** Nominations still to be voted on: accepted and waiting, or scheduled for {@code from} or later. */
	List<Named> pending(LocalDate from) {
		return named(jdbc.sql("""
				SELECT n.* FROM appointments_nomination n JOIN appointments_motion m ON m.id = n.motion_id
				WHERE n.state = 'PENDING' AND (m.state = 'ACCEPTED' OR (m.state IN ('SCHEDULED', 'REVIEWED') AND m.sitting_day >= ?))
				ORDER BY m.sitting_day, n.motion_id, n.position""").param(from).query(NominationRow.class).list());
	}

	/** Nominations voted on at sittings on or before {@code day}, the latest first. */
	List<Named> voted(LocalDate day, int limit) {
		return named(jdbc.sql("""
				SELECT n.* FROM appointments_nomination n JOIN appointments_motion m ON m.id = n.motion_id
				WHERE n.state <> 'PENDING' AND m.sitting_day <= ?
				ORDER BY m.sitting_day DESC, n.motion_id DESC, n.position LIMIT ?""").params(day, limit)
			.query(NominationRow.class).list());
	}

	/** The nominations passed at sittings of a year: the person-times the committee appointed and removed. */
	List<Named> passedIn(int year) {
		return named(jdbc.sql("""
				SELECT n.* FROM appointments_nomination n JOIN appointments_motion m ON m.id = n.motion_id
				WHERE n.state = 'PASSED' AND COALESCE(m.sitting_day, n.voted_on) BETWEEN ? AND ?
				ORDER BY COALESCE(m.sitting_day, n.voted_on), n.motion_id, n.position""")
			.params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).query(NominationRow.class).list());
	}

	/** The latest year with a passed nomination. */
	java.util.Optional<Integer> latestYear() {
		return jdbc.sql("""
				SELECT MAX(COALESCE(m.sitting_day, n.voted_on)) FROM appointments_nomination n
				JOIN appointments_motion m ON m.id = n.motion_id WHERE n.state = 'PASSED'""")
			.query(LocalDate.class).optional().map(LocalDate::getYear);
	}

	/** Nominations voted on at the sittings of a year, per kind and result. */
	Map<AppointmentKind, Map<NominationState, Integer>> byKind(int year) {
		Map<AppointmentKind, Map<NominationState, Integer>> counts = new LinkedHashMap<>();
		for (AppointmentKind k : AppointmentKind.values()) {
			Map<NominationState, Integer> row = new LinkedHashMap<>();
			for (NominationState s : NominationState.values()) {
				row.put(s, 0);
			}
			counts.put(k, row);
		}
		jdbc.sql("""
				SELECT n.kind, n.state, COUNT(*) FROM appointments_nomination n JOIN appointments_motion m ON m.id = n.motion_id
				WHERE COALESCE(m.sitting_day, m.submitted_on) BETWEEN ? AND ? GROUP BY n.kind, n.state""")
			.params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.query((rs, i) -> counts.get(AppointmentKind.valueOf(rs.getString(1)))
				.put(NominationState.valueOf(rs.getString(2)), rs.getInt(3)))
			.list();
		return counts;
	}

	/** The sitting days with published lists, the latest first. */
	Page<LocalDate> publishedDays(int page, int size) {
		long total = jdbc.sql("SELECT COUNT(DISTINCT sitting_day) FROM appointments_motion WHERE state = 'PUBLISHED'")
			.query(Long.class).single();
		List<LocalDate> days = jdbc.sql("""
				SELECT DISTINCT sitting_day FROM appointments_motion WHERE state = 'PUBLISHED'
				ORDER BY sitting_day DESC LIMIT ? OFFSET ?""").params(size, Page.offset(page, size))
			.query(LocalDate.class).list();
		return new Page<>(days, page, size, total);
	}

	/** The published nominations of the sitting held on a day, passed or not. */
	List<Named> publishedOn(LocalDate day) {
		return named(jdbc.sql("""
				SELECT n.* FROM appointments_nomination n JOIN appointments_motion m ON m.id = n.motion_id
				WHERE m.state = 'PUBLISHED' AND m.sitting_day = ? ORDER BY n.motion_id, n.position""").param(day)
			.query(NominationRow.class).list());
	}

	/** The posts motions have named, each once: body, role and title. */
	List<NominationRow> posts() {
		return jdbc.sql("""
				SELECT * FROM appointments_nomination WHERE id IN (SELECT MIN(id) FROM appointments_nomination
				WHERE kind IN ('APPOINT', 'ACTING') GROUP BY organization_id, role, label)""")
			.query(NominationRow.class).list();
	}

	Map<OrganizationId, String> bodies(Collection<OrganizationId> ids) {
		return directory.organizationNames(ids);
	}

	List<Named> named(List<NominationRow> rows) {
		Map<PersonId, String> persons = directory.names(rows.stream().map(n -> new PersonId(n.personId())).toList());
		Map<OrganizationId, String> bodies = directory
			.organizationNames(rows.stream().map(n -> new OrganizationId(n.organizationId())).distinct().toList());
		Map<Long, MotionRow> motions = new HashMap<>();
		return rows.stream()
			.map(n -> Named.of(n, persons.getOrDefault(new PersonId(n.personId()), "#" + n.personId()),
					bodies.getOrDefault(new OrganizationId(n.organizationId()), "#" + n.organizationId()),
					motions.computeIfAbsent(n.motionId(), id -> store.motion(id).orElseThrow())))
			.toList();
	}
}
