package org.lvzhi.meetings.sittings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.lvzhi.meetings.SittingKind;
import org.lvzhi.meetings.SittingView;
import org.lvzhi.meetings.rules.MeetingsSettings;
import org.springframework.stereotype.Component;

/**
 * The year's standing committee sittings and the gaps between them: the law wants a sitting at
 * least every two months (地方组织法 art. 46; the months are a setting), so a gap longer than that,
 * counted from the last sitting of the year before, is a warning on the plan.
 */
@Component
class YearPlan {

	/** A gap longer than allowed: from one sitting's day (or the year's start) to the next. */
	record Gap(LocalDate from, LocalDate to, long days) {
	}

	private final SittingReads reads;
	private final MeetingsSettings settings;

	YearPlan(SittingReads reads, MeetingsSettings settings) {
		this.reads = reads;
		this.settings = settings;
	}

	List<SittingView> sittings(int year) {
		return reads.inYear(SittingKind.STANDING_COMMITTEE, year);
	}

	List<Gap> gaps(int year) {
		return gaps(sittings(year), reads.inYear(SittingKind.STANDING_COMMITTEE, year - 1), year);
	}

	List<Gap> gaps(List<SittingView> sittings, List<SittingView> yearBefore, int year) {
		List<Gap> gaps = new ArrayList<>();
		LocalDate previous = yearBefore.isEmpty() ? null : yearBefore.get(yearBefore.size() - 1).heldOn();
		for (SittingView s : sittings) {
			if (previous != null && s.heldOn().isAfter(previous.plusMonths(settings.maxGapMonths()))) {
				gaps.add(new Gap(previous, s.heldOn(), java.time.temporal.ChronoUnit.DAYS.between(previous, s.heldOn())));
			}
			previous = s.heldOn();
		}
		LocalDate end = LocalDate.of(year, 12, 31);
		if (previous != null && end.isAfter(previous.plusMonths(settings.maxGapMonths()))) {
			gaps.add(new Gap(previous, end, java.time.temporal.ChronoUnit.DAYS.between(previous, end)));
		}
		return gaps;
	}
}
