package org.lvzhi.meetings;

import java.time.LocalDate;
import java.util.List;

import org.lvzhi.directory.PersonId;

/**
 * The attendance recorded at a sitting of the standing committee, as a whole: the members present
 * and those on leave (请假); members recorded absent or not recorded are in neither list.
 *
 * @param term the committee's term (届)
 * @param number the sitting's number in the term (第N次)
 */
public record SittingAttendance(SittingId sitting, SittingKind kind, int term, int number, LocalDate heldOn,
		List<PersonId> present, List<PersonId> onLeave) {

	public SittingAttendance {
		present = List.copyOf(present);
		onLeave = List.copyOf(onLeave);
	}
}
