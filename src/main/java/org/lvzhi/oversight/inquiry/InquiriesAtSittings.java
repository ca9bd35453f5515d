package org.lvzhi.oversight.inquiry;

import java.time.LocalDate;
import java.util.List;

import org.lvzhi.platform.SittingItem;
import org.lvzhi.platform.SittingItems;
import org.springframework.stereotype.Component;

/** Special inquiries are held at sittings: one not yet held is coming, one held was dealt with that day. */
@Component
class InquiriesAtSittings implements SittingItems {

	private static final String KIND = "oversight.sitting.inquiry";

	private final Inquiries inquiries;

	InquiriesAtSittings(Inquiries inquiries) {
		this.inquiries = inquiries;
	}

	@Override
	public List<SittingItem> upcoming(LocalDate today) {
		return inquiries.comingFrom(today).stream()
			.map(i -> new SittingItem(i.heldOn(), true, KIND, i.title(),
					i.heldOn() == null ? "oversight.sitting.inquiryPlanned" : "oversight.sitting.inquiryScheduled", link(i)))
			.toList();
	}

	@Override
	public List<SittingItem> decided(LocalDate today, int limit) {
		return inquiries.heldBy(today, limit).stream()
			.map(i -> new SittingItem(i.heldOn(), true, KIND, i.title(), "oversight.sitting.inquiryHeld", link(i)))
			.toList();
	}

	private static String link(Inquiries.InquiryView i) {
		return "/oversight/inquiries/" + i.id();
	}
}
