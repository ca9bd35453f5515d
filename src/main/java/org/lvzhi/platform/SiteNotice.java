package org.lvzhi.platform;

import java.util.Optional;

/**
 * Something every page must say for a while, contributed as a bean by the module that knows it
 * (the demo world while it loads). The layout shows each current notice above the page and asks
 * again every few seconds, so a notice disappears from an open page once it no longer applies.
 */
public interface SiteNotice {

	/** What to say now, or empty when there is nothing to say. Called on every page view: keep it cheap. */
	Optional<Text> current();

	/** A message key with its arguments. */
	record Text(String key, Object... args) {
	}
}
