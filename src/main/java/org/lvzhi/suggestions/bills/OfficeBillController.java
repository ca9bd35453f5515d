package org.lvzhi.suggestions.bills;

import java.time.LocalDate;
import java.util.Objects;

import org.lvzhi.deadlines.Deadlines;
import org.lvzhi.directory.Picker;
import org.lvzhi.platform.Moves;
import org.lvzhi.suggestions.BillId;
import org.lvzhi.suggestions.BillOutcome;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office records the presidium's decision, the special committee's report, the standing
 * committee's outcome and the completion. Each move takes the day it happened, today by default,
 * because the office often records a sitting afterwards.
 */
@Controller
@RequestMapping("/bills/{id}")
@PreAuthorize("@billAccess.isOffice(authentication)")
class OfficeBillController {

	private final ListBill list;
	private final ConvertBill convert;
	private final ReferBill refer;
	private final RecordCommitteeReport report;
	private final SettleBill settle;
	private final CompleteBill complete;
	private final Deadlines deadlines;

	private final Picker picks;

	OfficeBillController(ListBill list, ConvertBill convert, ReferBill refer, RecordCommitteeReport report,
			SettleBill settle, CompleteBill complete, Deadlines deadlines, Picker picks) {
		this.picks = picks;
		this.list = list;
		this.convert = convert;
		this.refer = refer;
		this.report = report;
		this.settle = settle;
		this.complete = complete;
		this.deadlines = deadlines;
	}

	private LocalDate day(LocalDate on) {
		return Objects.requireNonNullElse(on, deadlines.today());
	}

	@PostMapping("/list")
	String list(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String note,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			RedirectAttributes redirect) {
		return Moves.run("/bills/" + id, redirect, "bills.listed", () -> list.list(new BillId(id), version, note, day(on)));
	}

	@PostMapping("/convert")
	String convert(@PathVariable long id, @RequestParam int version, @RequestParam String category,
			@RequestParam(required = false) String note,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			RedirectAttributes redirect) {
		return Moves.run("/bills/" + id, redirect, "bills.converted",
				() -> convert.convert(new BillId(id), version, category, note, day(on)));
	}

	@PostMapping("/refer")
	String refer(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String committee,
			@RequestParam(required = false) String note,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			RedirectAttributes redirect) {
		return Moves.run("/bills/" + id, redirect, "bills.referred",
				() -> refer.refer(new BillId(id), version, picks.unit(committee), note, day(on)));
	}

	@PostMapping("/committee-report")
	String report(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String text,
			@RequestParam(required = false) BillOutcome recommendation,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			RedirectAttributes redirect) {
		return Moves.run("/bills/" + id, redirect, "bills.committeeReported",
				() -> report.record(new BillId(id), version, text, recommendation, day(on)));
	}

	@PostMapping("/settle")
	String settle(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) BillOutcome outcome,
			@RequestParam(required = false) String note, @RequestParam(required = false) String organs,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			RedirectAttributes redirect) {
		return Moves.run("/bills/" + id, redirect, "bills.settled", () -> settle.settle(new BillId(id), version, outcome, note,
				picks.units(organs), day(on)));
	}

	@PostMapping("/complete")
	String complete(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String note,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			RedirectAttributes redirect) {
		return Moves.run("/bills/" + id, redirect, "bills.completed",
				() -> complete.complete(new BillId(id), version, note, day(on)));
	}
}
