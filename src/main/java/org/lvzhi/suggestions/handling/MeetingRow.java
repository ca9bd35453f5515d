package org.lvzhi.suggestions.handling;

import java.util.List;

import org.lvzhi.suggestions.search.RoutingHints;

/**
 * A line of the assignment meeting page: an accepted suggestion, the routing hint, the units the
 * commission picked (the hint's first unit until someone changes it) and the reason a line was
 * refused.
 *
 * @param lead the lead unit picked, or {@code null} to leave the suggestion for a later meeting
 * @param coHandling co-handling units as picked or typed (names separated by 、)
 */
record MeetingRow(long id, int version, String number, String title, String category, String deputy,
		List<RoutingHints.UnitHint> hints, Long lead, String coHandling, String errorKey, Object[] errorArgs) {

	MeetingRow withChoice(Long lead, String coHandling) {
		return new MeetingRow(id, version, number, title, category, deputy, hints, lead, coHandling, errorKey, errorArgs);
	}

	MeetingRow refused(String key, Object... args) {
		return new MeetingRow(id, version, number, title, category, deputy, hints, lead, coHandling, key, args);
	}

	public boolean failed() {
		return errorKey != null;
	}
}
