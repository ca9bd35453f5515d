package org.lvzhi.platform;

import java.util.List;

/**
 * One page of a list, with what a pager needs. Pages are numbered from 1.
 */
public record Page<T>(List<T> items, int number, int size, long total) {

	public static final int DEFAULT_SIZE = 20;
	public static final int MAX_SIZE = 200;

	public long pages() {
		return Math.max(1, (total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return number > 1;
	}

	public boolean hasNext() {
		return number < pages();
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
