package org.lvzhi.suggestions.bills;

import java.util.List;

import org.lvzhi.deadlines.Deadlines;
import org.lvzhi.directory.PersonId;
import org.lvzhi.directory.Picker;
import org.lvzhi.platform.DomainException;
import org.lvzhi.platform.Moves;
import org.lvzhi.suggestions.BillContent;
import org.lvzhi.suggestions.BillId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** A deputy drafts a bill, signs the bills she is asked to sign, files and withdraws her own. */
@Controller
@RequestMapping("/bills")
@PreAuthorize("@billAccess.isDeputy(authentication)")
class DeputyBillController {

	/** The draft form as typed; co-signers are the picker's text (names with numbers, separated by 、). */
	record BillForm(String title, String grounds, String proposal, Integer year, String coSigners) {

		static BillForm empty() {
			return new BillForm("", "", "", null, "");
		}
	}

	private final DraftBill draft;
	private final SignBill sign;
	private final FileBill file;
	private final WithdrawBill withdraw;
	private final Deadlines deadlines;
	private final Picker picks;

	DeputyBillController(DraftBill draft, SignBill sign, FileBill file, WithdrawBill withdraw, Deadlines deadlines,
			Picker picks) {
		this.picks = picks;
		this.draft = draft;
		this.sign = sign;
		this.file = file;
		this.withdraw = withdraw;
		this.deadlines = deadlines;
	}

	@GetMapping("/new")
	String newForm(Authentication user, Model model) {
		model.addAttribute("form", BillForm.empty());
		return form(user, model);
	}

	/** The form; co-signers are picked by name, and drafting checks they sit in the lead deputy's congress. */
	private String form(Authentication user, Model model) {
		return "suggestions/bills/form";
	}

	@PostMapping("/new")
	String create(@ModelAttribute("form") BillForm form, Authentication user, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			List<PersonId> coSigners = picks.persons(form.coSigners());
			BillId id = draft.draft(BillAccess.person(user),
					new BillContent(form.title(), form.grounds(), form.proposal(), form.year()), coSigners, deadlines.today());
			redirect.addFlashAttribute("successKey", "bills.saved");
			return "redirect:/bills/" + id;
		}
		catch (DomainException e) {
			response.setStatus(422);
			model.addAttribute("errorKey", e.messageKey());
			model.addAttribute("errorArgs", e.args());
			return form(user, model);
		}
	}

	@PostMapping("/{id}/sign")
	String sign(@PathVariable long id, @RequestParam int version, Authentication user, RedirectAttributes redirect) {
		return Moves.run("/bills/" + id, redirect, "bills.signed",
				() -> sign.sign(new BillId(id), version, BillAccess.person(user), deadlines.today()));
	}

	@PostMapping("/{id}/file")
	String file(@PathVariable long id, @RequestParam int version, Authentication user, RedirectAttributes redirect) {
		return Moves.run("/bills/" + id, redirect, "bills.filed",
				() -> file.file(new BillId(id), version, BillAccess.person(user), deadlines.today()));
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@PathVariable long id, @RequestParam int version, Authentication user, RedirectAttributes redirect) {
		return Moves.run("/bills/" + id, redirect, "bills.withdrawn",
				() -> withdraw.withdraw(new BillId(id), version, BillAccess.person(user), deadlines.today()));
	}
}
