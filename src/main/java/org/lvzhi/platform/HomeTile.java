package org.lvzhi.platform;

import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

import org.springframework.security.core.Authentication;

/**
 * A count shown on the home page of the users it concerns, contributed by the module that owns
 * the records. Counts are computed on every visit from the records themselves.
 */
public interface HomeTile {

	/** Position on the home page, smaller first. */
	int order();

	/** Message key of the tile's label. */
	String labelKey();

	/** Whether the signed-in user should see this tile at all. */
	boolean visibleTo(Authentication user);

	/** The current count for this user (may depend on the user's scope). */
	long count(Authentication user);

	/** Where a click on the tile leads. */
	String link();

	/** Where a click on the tile leads for this user; by default the same for everybody. */
	default String link(Authentication user) {
		return link();
	}

	/** A tile whose target depends on the user, e.g. the user's own record. */
	static HomeTile personal(int order, String labelKey, Function<Authentication, String> link,
			Predicate<Authentication> visibleTo, ToLongFunction<Authentication> count) {
		return new SimpleHomeTile(order, labelKey, user -> user == null ? "/" : link.apply(user), visibleTo, count);
	}

	/** A tile from its parts. */
	static HomeTile of(int order, String labelKey, String link, Predicate<Authentication> visibleTo,
			ToLongFunction<Authentication> count) {
		return new SimpleHomeTile(order, labelKey, user -> link, visibleTo, count);
	}
}
