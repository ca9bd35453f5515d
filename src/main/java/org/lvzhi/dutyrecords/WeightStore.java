package org.lvzhi.dutyrecords;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes the one set of evaluation weights. */
@Component
class WeightStore {

	private final JdbcClient jdbc;

	WeightStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	DutyWeights load() {
		Map<DutyKind, BigDecimal> weights = new EnumMap<>(DutyKind.class);
		jdbc.sql("SELECT kind, weight FROM dutyrecords_weight").query((rs, n) -> {
			try {
				weights.put(DutyKind.valueOf(rs.getString("kind")), rs.getBigDecimal("weight"));
			}
			catch (IllegalArgumentException retired) {
				// a kind no longer counted keeps its row but weighs nothing
			}
			return null;
		}).list();
		int version = jdbc.sql("SELECT version FROM dutyrecords_weight_set WHERE id = 1").query(Integer.class).single();
		return new DutyWeights(weights, version);
	}

	/** Writes the weights if the set is still at {@code expectedVersion}; false when someone saved first. */
	boolean save(Map<DutyKind, BigDecimal> weights, int expectedVersion) {
		int updated = jdbc.sql("UPDATE dutyrecords_weight_set SET version = version + 1 WHERE id = 1 AND version = :v")
			.param("v", expectedVersion)
			.update();
		if (updated == 0) {
			return false;
		}
		weights.forEach((kind, weight) -> {
			int n = jdbc.sql("UPDATE dutyrecords_weight SET weight = :w WHERE kind = :k")
				.param("w", weight)
				.param("k", kind.name())
				.update();
			if (n == 0) {
				jdbc.sql("INSERT INTO dutyrecords_weight (kind, weight) VALUES (:k, :w)")
					.param("w", weight)
					.param("k", kind.name())
					.update();
			}
		});
		return true;
	}
}
