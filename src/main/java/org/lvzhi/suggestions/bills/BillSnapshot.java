package org.lvzhi.suggestions.bills;

import java.util.List;

import org.lvzhi.suggestions.BillOutcome;

/** What the audit log keeps of a bill before and after a move. */
record BillSnapshot(String number, String title, BillState state, List<Long> signed, Long committeeId,
		BillOutcome outcome, List<String> organs, Long suggestionId, int version) {

	static BillSnapshot of(Bill b) {
		return b == null ? null
				: new BillSnapshot(b.number(), b.title(), b.state(), b.signedDeputies().stream().map(p -> p.value()).toList(),
						b.committeeId(), b.outcome(),
						b.organs.stream().map(o -> o.organizationId() + ":" + (o.reported() ? "reported" : "due " + o.reportDue())).toList(),
						b.suggestionId, b.version());
	}
}
