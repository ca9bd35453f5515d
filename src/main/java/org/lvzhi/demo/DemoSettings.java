package org.lvzhi.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled whether an empty installation is filled with the demo world on start-up:
 *     {@code true} or {@code false} when asked explicitly (LVZHI_DEMO); when not set, only on the
 *     embedded H2 database, so that a server database such as PostgreSQL never gets the demo's
 *     published passwords unless someone asked for them
 * @param seed the seed of every demo random; the same seed gives the same world
 */
@ConfigurationProperties("lvzhi.demo")
record DemoSettings(Boolean enabled, long seed) {

	/** Whether the demo world belongs in this installation. */
	boolean wanted(boolean embeddedDatabase) {
		return enabled != null ? enabled : embeddedDatabase;
	}

	/** Why the demo world is not loaded, for the start-up report. */
	String whyNot() {
		return Boolean.FALSE.equals(enabled) ? "LVZHI_DEMO=false"
				: "the database is not the embedded one (LVZHI_DEMO=true loads it on any database)";
	}
}
