package org.lvzhi.deadlines;

import java.util.Objects;

/**
 * A statutory period, such as "within 15 working days" or "within 3 months".
 *
 * @param amount how many units, at least 1 and at most {@link PeriodUnit#max()}
 * @param unit what is counted
 * @throws DeadlineException ({@code deadlines.error.amount}) when the amount is out of range
 */
public record DeadlinePeriod(int amount, PeriodUnit unit) {

	public DeadlinePeriod {
		Objects.requireNonNull(unit, "unit");
		if (amount < 1 || amount > unit.max()) {
			throw new DeadlineException("deadlines.error.amount", unit.max());
		}
	}

	public static DeadlinePeriod calendarDays(int amount) {
		return new DeadlinePeriod(amount, PeriodUnit.CALENDAR_DAYS);
	}

	public static DeadlinePeriod workingDays(int amount) {
		return new DeadlinePeriod(amount, PeriodUnit.WORKING_DAYS);
	}

	public static DeadlinePeriod months(int amount) {
		return new DeadlinePeriod(amount, PeriodUnit.MONTHS);
	}
}
