package org.lvzhi.platform;

import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

import org.springframework.security.core.Authentication;

/** A home tile assembled from functions; see {@link HomeTile#of} and {@link HomeTile#personal}. */
record SimpleHomeTile(int order, String labelKey, Function<Authentication, String> target,
		Predicate<Authentication> visibility, ToLongFunction<Authentication> counter) implements HomeTile {

	@Override
	public boolean visibleTo(Authentication user) {
		return visibility.test(user);
	}

	@Override
	public long count(Authentication user) {
		return counter.applyAsLong(user);
	}

	@Override
	public String link() {
		return target.apply(null);
	}

	@Override
	public String link(Authentication user) {
		return target.apply(user);
	}
}
