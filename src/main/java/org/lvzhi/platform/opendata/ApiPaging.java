package org.lvzhi.platform.opendata;

/**
 * The {@code page} and {@code size} a caller asked for, checked: a page from 1, a size from 1 to
 * {@value #MAX_SIZE}. Anything else is refused with a problem answer naming the parameter.
 */
public record ApiPaging(int page, int size) {

	public static final int MAX_SIZE = 100;
	public static final int DEFAULT_SIZE = 20;
	/** The most records one CSV download holds. */
	public static final int MAX_DOWNLOAD = 10_000;

	public static ApiPaging of(Integer page, Integer size) {
		int p = page == null ? 1 : page;
		int s = size == null ? DEFAULT_SIZE : size;
		if (p < 1 || p > 1_000_000) {
			throw BadParameter.of("page", page);
		}
		if (s < 1 || s > MAX_SIZE) {
			throw BadParameter.of("size", size);
		}
		return new ApiPaging(p, s);
	}

	/** Everything, for a CSV download. */
	public static ApiPaging everything() {
		return new ApiPaging(1, MAX_DOWNLOAD);
	}

	public int offset() {
		return (page - 1) * size;
	}
}
