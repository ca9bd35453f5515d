package org.lvzhi.meetings;

import java.time.LocalDate;

/**
 * A sitting as other modules and pages see it.
 *
 * @param term the committee's term (届)
 * @param number its number in the term and kind (第N次)
 */
public record SittingView(long id, SittingKind kind, int term, int number, LocalDate heldOn, String place,
		SittingState state, LocalDate notifiedOn, String minutes, int version) {

	public SittingId sittingId() {
		return new SittingId(id);
	}
}
