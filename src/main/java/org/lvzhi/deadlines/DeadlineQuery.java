package org.lvzhi.deadlines;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * The calculator form as typed, all text, so that a wrong entry gets a message rather than a
 * binding error. Empty when the form was not submitted.
 */
record DeadlineQuery(String start, String amount, String unit) {

	boolean submitted() {
		return start != null || amount != null || unit != null;
	}

	/** Reads the form, or throws with the message key of the first wrong field. */
	Parsed parse() {
		LocalDate day;
		try {
			day = LocalDate.parse(start == null ? "" : start.trim());
		}
		catch (DateTimeParseException e) {
			throw new DeadlineException("deadlines.error.start");
		}
		PeriodUnit periodUnit = Arrays.stream(PeriodUnit.values())
			.filter(u -> u.name().equals(unit))
			.findFirst()
			.orElseThrow(() -> new DeadlineException("deadlines.error.unit"));
		int count;
		try {
			count = Integer.parseInt(amount == null ? "" : amount.trim());
		}
		catch (NumberFormatException e) {
			throw new DeadlineException("deadlines.error.amount", periodUnit.max());
		}
		return new Parsed(day, new DeadlinePeriod(count, periodUnit));
	}

	record Parsed(LocalDate start, DeadlinePeriod period) {
	}
}
