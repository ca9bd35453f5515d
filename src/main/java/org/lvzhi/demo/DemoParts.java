package org.lvzhi.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of which parts of the demo world this database holds: one row per contributor,
 * written in the contributor's own transaction.
 */
@Component
class DemoParts {

	private final JdbcClient jdbc;
	private final Clock clock;

	DemoParts(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The parts recorded, by contributor name, with when each was completed, oldest first. */
	Map<String, Instant> completed() {
		Map<String, Instant> parts = new LinkedHashMap<>();
		jdbc.sql("SELECT contributor, completed_at FROM demo_load_part ORDER BY completed_at, contributor")
			.query(rs -> {
				parts.put(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant());
			});
		return parts;
	}

	/** Records a part as present; only inside the transaction that wrote the part's data. */
	@Transactional(propagation = Propagation.MANDATORY)
	void record(String contributor, long seed) {
		jdbc.sql("INSERT INTO demo_load_part (contributor, seed, completed_at) VALUES (?, ?, ?)")
			.params(contributor, seed, OffsetDateTime.now(clock))
			.update();
	}
}
