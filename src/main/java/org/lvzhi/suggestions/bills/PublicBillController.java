package org.lvzhi.suggestions.bills;

import org.lvzhi.directory.Directory;
import org.lvzhi.platform.Page;
import org.lvzhi.platform.Moves;
import org.lvzhi.suggestions.BillId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Completed bills for everybody: the matter, the committee and what came of it. No deputy is named
 * and no draft, signature list or organ report text is shown.
 */
@Controller
class PublicBillController {

	private final Bills bills;
	private final Directory directory;

	PublicBillController(Bills bills, Directory directory) {
		this.bills = bills;
		this.directory = directory;
	}

	@GetMapping("/public/bills")
	String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String text,
			@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("year", year);
		model.addAttribute("text", text);
		model.addAttribute("page", bills.find(new BillQuery(BillState.COMPLETED, year, text, null, null),
				Page.number(page), Page.size(null)));
		model.addAttribute("names", new BillNames(directory));
		return "suggestions/bills/public-list";
	}

	@GetMapping("/public/bills/{id:\\d+}")
	String show(@PathVariable long id, Model model) {
		Bill b = bills.get(new BillId(id)).filter(x -> x.state() == BillState.COMPLETED)
			.orElseThrow(Moves::notFound);
		model.addAttribute("b", b);
		model.addAttribute("names", new BillNames(directory));
		return "suggestions/bills/public-detail";
	}
}
