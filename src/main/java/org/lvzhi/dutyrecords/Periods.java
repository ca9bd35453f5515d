package org.lvzhi.dutyrecords;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.lvzhi.directory.PersonId;
import org.springframework.stereotype.Component;

/** Which year a page opens on, and the years its selector offers. */
@Component
class Periods {

	static final int FIRST_YEAR = 2018;

	private final DutyRecords records;
	private final Clock clock;

	Periods(DutyRecords records, Clock clock) {
		this.records = records;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	int thisYear() {
		return LocalDate.now(clock).getYear();
	}

	/** The requested year, or the latest year with lines (the deputy's own when given), or this year. */
	int yearOr(Integer requested, PersonId person) {
		if (requested != null && requested >= FIRST_YEAR && requested <= thisYear() + 1) {
			return requested;
		}
		return records.latestYear(person).orElse(thisYear());
	}

	List<Integer> years() {
		List<Integer> years = new ArrayList<>();
		for (int y = thisYear(); y >= FIRST_YEAR; y--) {
			years.add(y);
		}
		return years;
	}
}
