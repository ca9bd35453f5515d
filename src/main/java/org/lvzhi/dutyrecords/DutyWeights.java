package org.lvzhi.dutyrecords;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The evaluation weights: points per unit of each kind (a station visit, a constituent received, a
 * suggestion led …). A kind without a weight weighs nothing.
 *
 * @param version the version of the whole set, for optimistic locking
 */
public record DutyWeights(Map<DutyKind, BigDecimal> byKind, int version) {

	public DutyWeights {
		EnumMap<DutyKind, BigDecimal> all = new EnumMap<>(DutyKind.class);
		for (DutyKind k : DutyKind.values()) {
			all.put(k, byKind.getOrDefault(k, BigDecimal.ZERO));
		}
		byKind = Collections.unmodifiableMap(all);
	}

	public BigDecimal of(DutyKind kind) {
		return byKind.get(kind);
	}

	/** The score of a record: the sum over the kinds of weight times quantity. */
	public BigDecimal score(DutyTotals totals) {
		BigDecimal score = BigDecimal.ZERO;
		for (DutyKind k : DutyKind.values()) {
			score = score.add(of(k).multiply(BigDecimal.valueOf(totals.of(k))));
		}
		return score.setScale(2, RoundingMode.HALF_UP);
	}
}
