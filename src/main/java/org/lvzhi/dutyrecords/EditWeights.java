package org.lvzhi.dutyrecords;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.lvzhi.audit.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deputies' affairs office sets the evaluation weights. Every kind needs a weight between 0
 * and 100 with at most two decimals; the change is audited with the old and new weights.
 */
@Service
public class EditWeights {

	static final BigDecimal MAXIMUM = BigDecimal.valueOf(100);

	private final WeightStore store;
	private final ApplicationEventPublisher events;

	EditWeights(WeightStore store, ApplicationEventPublisher events) {
		this.store = store;
		this.events = events;
	}

	/**
	 * @throws OptimisticLockingFailureException when the weights were changed since {@code version}
	 * @throws org.lvzhi.platform.DomainException when a weight is missing or out of range
	 */
	@Transactional
	public void edit(Map<DutyKind, BigDecimal> weights, int version) {
		Map<DutyKind, BigDecimal> checked = new EnumMap<>(DutyKind.class);
		for (DutyKind kind : DutyKind.values()) {
			BigDecimal w = weights.get(kind);
			if (w == null) {
				throw new DutyRecordsException("dutyrecords.weights.error.missing",
						new DefaultMessageSourceResolvable("dutyrecords.kind." + kind));
			}
			if (w.signum() < 0 || w.compareTo(MAXIMUM) > 0 || w.stripTrailingZeros().scale() > 2) {
				throw new DutyRecordsException("dutyrecords.weights.error.range",
						new DefaultMessageSourceResolvable("dutyrecords.kind." + kind));
			}
			checked.put(kind, w.setScale(2));
		}
		DutyWeights before = store.load();
		if (!store.save(checked, version)) {
			throw new OptimisticLockingFailureException("Duty weights are no longer at version " + version);
		}
		events.publishEvent(AuditEvent.changed("dutyrecords.weightsEdited", "DutyWeights", "1", "修改履职评价指标权重",
				Snapshot.of(before.byKind()), Snapshot.of(checked)));
	}

	/** What the audit entry shows: the weight per kind. */
	record Snapshot(Map<String, BigDecimal> weights) {

		static Snapshot of(Map<DutyKind, BigDecimal> weights) {
			Map<String, BigDecimal> named = new LinkedHashMap<>();
			weights.forEach((k, v) -> named.put(k.name(), v));
			return new Snapshot(named);
		}
	}
}
