package org.lvzhi.dutyrecords;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** How much of each kind a deputy's record holds over a period; every kind is present, zero when none. */
public record DutyTotals(Map<DutyKind, Long> byKind) {

	public DutyTotals {
		EnumMap<DutyKind, Long> all = new EnumMap<>(DutyKind.class);
		for (DutyKind k : DutyKind.values()) {
			all.put(k, byKind.getOrDefault(k, 0L));
		}
		byKind = Collections.unmodifiableMap(all);
	}

	public static DutyTotals none() {
		return new DutyTotals(Map.of());
	}

	public long of(DutyKind kind) {
		return byKind.get(kind);
	}

	/** Whether the record holds nothing at all over the period. */
	public boolean isEmpty() {
		return byKind.values().stream().allMatch(v -> v == 0);
	}
}
