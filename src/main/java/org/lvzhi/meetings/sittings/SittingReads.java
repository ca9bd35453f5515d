package org.lvzhi.meetings.sittings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.lvzhi.directory.PersonId;
import org.lvzhi.meetings.SittingAttendance;
import org.lvzhi.meetings.SittingId;
import org.lvzhi.meetings.SittingKind;
import org.lvzhi.meetings.SittingState;
import org.lvzhi.meetings.SittingView;
import org.lvzhi.meetings.Sittings;
import org.lvzhi.platform.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of sittings and their agendas for pages, figures and other modules. */
@Service
@Transactional(readOnly = true)
class SittingReads implements Sittings {

	record ItemView(long id, long sittingId, int position, String kindKey, String title, String link, String decision,
			int version) {
	}

	private static final String COLUMNS = "id, kind, term, number, held_on, place, state, notified_on, minutes, version";

	private final JdbcClient jdbc;

	SittingReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<SittingView> get(SittingId id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM meetings_sitting WHERE id = ?").param(id.value())
			.query(SittingView.class).optional();
	}

	@Override
	public List<SittingView> inYear(SittingKind kind, int year) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM meetings_sitting WHERE kind = ? AND held_on >= ? AND held_on < ? ORDER BY held_on, id")
			.params(kind.name(), LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)).query(SittingView.class).list();
	}

	@Override
	public Optional<SittingView> nextFrom(SittingKind kind, LocalDate day) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM meetings_sitting WHERE kind = ? AND held_on >= ? AND state <> 'CLOSED' ORDER BY held_on, id LIMIT 1")
			.params(kind.name(), day).query(SittingView.class).optional();
	}

	@Override
	public Optional<SittingAttendance> attendance(SittingId id) {
		return get(id).map(this::attendanceOf);
	}

	@Override
	public List<SittingAttendance> attendanceAfter(SittingId after, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM meetings_sitting s WHERE kind = 'STANDING_COMMITTEE' AND id > ?"
				+ " AND EXISTS (SELECT 1 FROM meetings_attendance a WHERE a.sitting_id = s.id) ORDER BY id LIMIT ?")
			.params(after == null ? 0L : after.value(), limit).query(SittingView.class).list()
			.stream().map(this::attendanceOf).toList();
	}

	SittingAttendance attendanceOf(SittingView s) {
		List<PersonId> present = new ArrayList<>();
		List<PersonId> leave = new ArrayList<>();
		jdbc.sql("SELECT person_id, status FROM meetings_attendance WHERE sitting_id = ? ORDER BY person_id").param(s.id())
			.query((rs, n) -> {
				String status = rs.getString(2);
				if ("PRESENT".equals(status)) {
					present.add(new PersonId(rs.getLong(1)));
				}
				else if ("LEAVE".equals(status)) {
					leave.add(new PersonId(rs.getLong(1)));
				}
				return null;
			}).list();
		return new SittingAttendance(s.sittingId(), s.kind(), s.term(), s.number(), s.heldOn(), present, leave);
	}

	/** One page of sittings, the latest first, filtered by kind, year and state (each optional). */
	Page<SittingView> find(SittingKind kind, Integer year, SittingState state, int number, int size) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		List<Object> params = new ArrayList<>();
		if (kind != null) {
			where.append(" AND kind = ?");
			params.add(kind.name());
		}
		if (year != null) {
			where.append(" AND held_on >= ? AND held_on < ?");
			params.add(LocalDate.of(year, 1, 1));
			params.add(LocalDate.of(year + 1, 1, 1));
		}
		if (state != null) {
			where.append(" AND state = ?");
			params.add(state.name());
		}
		long total = jdbc.sql("SELECT COUNT(*) FROM meetings_sitting" + where).params(params).query(Long.class).single();
		List<Object> paged = new ArrayList<>(params);
		paged.add(size);
		paged.add(Page.offset(number, size));
		List<SittingView> items = jdbc.sql("SELECT " + COLUMNS + " FROM meetings_sitting" + where
				+ " ORDER BY held_on DESC, id DESC LIMIT ? OFFSET ?").params(paged).query(SittingView.class).list();
		return new Page<>(items, number, size, total);
	}

	@Override
	public java.util.Map<org.lvzhi.meetings.AgendaItemId, String> agendaLinks(SittingId id) {
		java.util.Map<org.lvzhi.meetings.AgendaItemId, String> links = new java.util.LinkedHashMap<>();
		for (ItemView i : agenda(id)) {
			if (i.link() != null) {
				links.put(new org.lvzhi.meetings.AgendaItemId(i.id()), i.link());
			}
		}
		return links;
	}

	List<ItemView> agenda(SittingId id) {
		return jdbc.sql("SELECT id, sitting_id, position, kind_key, title, link, decision, version FROM meetings_agenda_item WHERE sitting_id = ? ORDER BY position, id")
			.param(id.value()).query(ItemView.class).list();
	}

	Optional<ItemView> item(long itemId) {
		return jdbc.sql("SELECT id, sitting_id, position, kind_key, title, link, decision, version FROM meetings_agenda_item WHERE id = ?")
			.param(itemId).query(ItemView.class).optional();
	}

	/** Items of a kind decided as {@code decision} at sittings of a kind held in a year. */
	List<ItemView> decidedIn(SittingKind kind, String kindKey, String decision, int year) {
		return jdbc.sql("""
				SELECT i.id, i.sitting_id, i.position, i.kind_key, i.title, i.link, i.decision, i.version
				FROM meetings_agenda_item i JOIN meetings_sitting s ON s.id = i.sitting_id
				WHERE s.kind = ? AND i.kind_key = ? AND i.decision = ? AND s.held_on >= ? AND s.held_on < ?
				ORDER BY s.held_on, i.position""")
			.params(kind.name(), kindKey, decision, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
			.query(ItemView.class).list();
	}

	/** Sittings of a kind that took place in a year (held or closed). */
	List<SittingView> heldIn(SittingKind kind, int year) {
		return inYear(kind, year).stream()
			.filter(s -> s.state() == SittingState.HELD || s.state() == SittingState.CLOSED).toList();
	}
}
