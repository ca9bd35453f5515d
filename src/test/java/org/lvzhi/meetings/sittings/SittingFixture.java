package org.lvzhi.meetings.sittings;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.lvzhi.directory.PersonId;
import org.lvzhi.meetings.AgendaItemId;
import org.lvzhi.meetings.SittingId;
import org.lvzhi.meetings.SittingKind;
import org.springframework.context.ApplicationContext;

/** Sittings for tests, each in a term of its own so that numbers never collide in the shared database. */
public class SittingFixture {

	private static final AtomicInteger TERM = new AtomicInteger((int) (System.nanoTime() % 80));
	/** Terms the fixture plans in: 20 to 99, clear of the demo world's 15th term. */
	private static final int FIRST_TERM = 20;
	private static final int TERMS = 80;

	public static final LocalDate DAY = LocalDate.of(2025, 6, 26);

	private final SittingService sittings;
	private final AgendaService agenda;
	private final Attendance attendance;

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	public SittingFixture(ApplicationContext context) {
		this.jdbc = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
		this.sittings = context.getBean(SittingService.class);
		this.agenda = context.getBean(AgendaService.class);
		this.attendance = context.getBean(Attendance.class);
	}

	public SittingId planned(SittingKind kind, LocalDate on) {
		return sittings.plan(kind, freshTerm(), null, on, "常委会会议室");
	}

	/** A standing committee sitting in session with the first {@code present} members present. */
	public SittingId held(int present) {
		return held(DAY, present);
	}

	/** A standing committee sitting on a day, in session with the first {@code present} members of that day present. */
	public SittingId held(LocalDate day, int present) {
		SittingId id = planned(SittingKind.STANDING_COMMITTEE, day);
		sittings.notifyMembers(id, null);
		sittings.open(id, null);
		List<PersonId> members = attendance.allMembers(day);
		for (int i = 0; i < present; i++) {
			attendance.record(id, members.get(i), Attendance.Status.PRESENT);
		}
		return id;
	}

	public AgendaItemId item(SittingId id, String title) {
		return new AgendaItemId(agenda.addFree(id, "RESOLUTION", title));
	}

	/** Puts on the agenda the business with this link that another module has due for the sitting. */
	public AgendaItemId due(SittingId id, String link) {
		return new AgendaItemId(agenda.addDue(id, link));
	}

	public List<PersonId> members() {
		return attendance.allMembers(DAY);
	}

	public void present(SittingId id, PersonId member) {
		attendance.record(id, member, Attendance.Status.PRESENT);
	}

	public void absent(SittingId id, PersonId member) {
		attendance.record(id, member, Attendance.Status.ABSENT);
	}

	/**
	 * A term no sitting is planned in yet, so that numbers in it (sittings, communiqués) start at 1;
	 * when every term of the range is taken (a database kept over many runs), the next one, whose
	 * numbers simply continue.
	 */
	private int freshTerm() {
		for (int i = 0; i < TERMS; i++) {
			int term = FIRST_TERM + Math.floorMod(TERM.incrementAndGet(), TERMS);
			if (jdbc.sql("SELECT COUNT(*) FROM meetings_sitting WHERE term = ?").param(term).query(Long.class).single() == 0) {
				return term;
			}
		}
		return FIRST_TERM + Math.floorMod(TERM.incrementAndGet(), TERMS);
	}
}
