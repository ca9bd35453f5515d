package org.lvzhi.appointments.motions;

import java.time.LocalDate;
import java.util.List;

import org.lvzhi.platform.SittingItem;
import org.lvzhi.platform.SittingItems;
import org.springframework.stereotype.Component;

/**
 * Every nominee is an item of its own at the sitting, because each person is voted on separately:
 * accepted motions wait to be scheduled, scheduled ones come to the sitting of their day, and a
 * voted nominee was dealt with on that day, passed or not.
 */
@Component
class NominationsAtSittings implements SittingItems {

	static final String KIND = "appointments.sitting.nomination";

	private final MotionReads reads;

	NominationsAtSittings(MotionReads reads) {
		this.reads = reads;
	}

	@Override
	public List<SittingItem> upcoming(LocalDate today) {
		return reads.pending(today).stream()
			.map(n -> new SittingItem(n.motion().sittingDay(), true, KIND, n.title(),
					"appointments.nomination.state.PENDING", n.n().link()))
			.toList();
	}

	@Override
	public List<SittingItem> decided(LocalDate today, int limit) {
		return reads.voted(today, limit).stream()
			.map(n -> new SittingItem(n.motion().sittingDay(), true, KIND, n.title(),
					"appointments.nomination.state." + n.n().state(), n.n().link()))
			.toList();
	}
}
