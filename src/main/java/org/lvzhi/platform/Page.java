package org.lvzhi.platform;

import java.util.List;

/**
 * One page of a list, with what a pager needs. Pages are numbered from 1.
 *
 * @param total the number of records in the list, or, when {@code totalIsLowerBound}, how many at
 *     least (long lists stop counting early: an exact count of 100,000 rows costs more than the page)
 */
public record Page<T>(List<T> items, int number, int size, long total, boolean totalIsLowerBound) {

	public Page(List<T> items, int number, int size, long total) {
		this(items, number, size, total, false);
	}

	/**
	 * How many records a capped count should look for on a given page: enough to page well past the
	 * current one, and one more to tell "exactly N" from "N or more".
	 */
	public static int countCap(int number, int size) {
		return Math.max(10_000, (number + 10) * size) + 1;
	}

	/** A page whose total came from a count capped at {@link #countCap}. */
	public static <T> Page<T> withCappedTotal(List<T> items, int number, int size, long counted) {
		int cap = countCap(number, size);
		return counted >= cap ? new Page<>(items, number, size, cap - 1, true) : new Page<>(items, number, size, counted);
	}

	public static final int DEFAULT_SIZE = 20;
	public static final int MAX_SIZE = 200;

	public long pages() {
		return Math.max(1, (total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return number > 1;
	}

	public boolean hasNext() {
		return number < pages() || (totalIsLowerBound && items.size() == size);
	}

	public long firstIndex() {
		return total == 0 ? 0 : (long) (number - 1) * size + 1;
	}

	public long lastIndex() {
		return Math.min(total, (long) number * size);
	}

	/** Clamps a requested page number to 1 or more. */
	public static int number(Integer requested) {
		return requested == null || requested < 1 ? 1 : requested;
	}

	/** Clamps a requested page size to [1, MAX_SIZE]. */
	public static int size(Integer requested) {
		if (requested == null || requested < 1) {
			return DEFAULT_SIZE;
		}
		return Math.min(requested, MAX_SIZE);
	}

	public static int offset(int number, int size) {
		return (number - 1) * size;
	}
}
