package org.lvzhi.suggestions.bills;

import org.lvzhi.deadlines.Deadlines;
import org.lvzhi.platform.Moves;
import org.lvzhi.suggestions.BillId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An organ reports back on a bill handed to it; the bill refuses organs it was not handed to. */
@Controller
@PreAuthorize("@billAccess.isUnit(authentication)")
class UnitBillController {

	private final RecordOrganReport report;
	private final Deadlines deadlines;

	UnitBillController(RecordOrganReport report, Deadlines deadlines) {
		this.report = report;
		this.deadlines = deadlines;
	}

	@PostMapping("/bills/{id}/organ-report")
	String report(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String text,
			Authentication user, RedirectAttributes redirect) {
		return Moves.run("/bills/" + id, redirect, "bills.organReported",
				() -> report.record(new BillId(id), version, BillAccess.unit(user), text, deadlines.today()));
	}
}
