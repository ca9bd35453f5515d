package org.lvzhi.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Read access to sittings for other modules and pages. */
public interface Sittings {

	Optional<SittingView> get(SittingId id);

	/** The sittings of a kind held (or planned) in a calendar year, the earliest first. */
	List<SittingView> inYear(SittingKind kind, int year);

	/** The next sitting of a kind on or after a day that is not closed yet. */
	Optional<SittingView> nextFrom(SittingKind kind, LocalDate day);

	/** The attendance recorded at a sitting (empty lists when none is). */
	Optional<SittingAttendance> attendance(SittingId id);

	/**
	 * The attendance of the standing committee's sittings that have any recorded, by sitting ID
	 * after {@code after} ({@code null} for the first page), at most {@code limit}: a keyset page.
	 */
	List<SittingAttendance> attendanceAfter(SittingId after, int limit);

	/**
	 * The items of a sitting's agenda taken from other modules' business, each with the link of its
	 * page, in the agenda's order (free items, which have no link, are left out).
	 */
	Map<AgendaItemId, String> agendaLinks(SittingId id);
}
