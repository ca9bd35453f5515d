package org.lvzhi.suggestions.bills;

import java.util.List;

import org.lvzhi.deadlines.Deadlines;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.MembershipRole;
import org.lvzhi.directory.MembershipStatus;
import org.lvzhi.directory.PersonId;
import org.lvzhi.directory.PersonQuery;
import org.lvzhi.platform.Page;
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

	/** The draft form as typed; co-signers are directory IDs. */
	record BillForm(String title, String grounds, String proposal, Integer year, List<Long> coSigners) {

		static BillForm empty() {
			return new BillForm("", "", "", null, List.of());
		}
	}

	private final DraftBill draft;
	private final SignBill sign;
	private final FileBill file;
	private final WithdrawBill withdraw;
	private final Deadlines deadlines;
	private final BillDeputies deputies;
	private final Directory directory;

	DeputyBillController(DraftBill draft, SignBill sign, FileBill file, WithdrawBill withdraw, Deadlines deadlines,
			BillDeputies deputies, Directory directory) {
		this.deputies = deputies;
		this.directory = directory;
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

	/** The form, with the deputies of the lead deputy's congresses to pick co-signers from. */
	private String form(Authentication user, Model model) {
		PersonId me = BillAccess.person(user);
		model.addAttribute("deputies", deputies.congressesOf(me, deadlines.today()).stream()
			.flatMap(c -> directory.findPersons(new PersonQuery(null, null, c, MembershipRole.DEPUTY, null,
					MembershipStatus.CURRENT), 1, Page.MAX_SIZE * 5).items().stream())
			.filter(p -> !p.id().equals(me)).distinct().toList());
		return "suggestions/bills/form";
	}

	@PostMapping("/new")
	String create(@ModelAttribute("form") BillForm form, Authentication user, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			List<PersonId> coSigners = form.coSigners() == null ? List.of()
				: form.coSigners().stream().map(PersonId::new).toList();
			BillId id = draft.draft(BillAccess.person(user),
					new BillContent(form.title(), form.grounds(), form.proposal(), form.year()), coSigners, deadlines.today());
			redirect.addFlashAttribute("successKey", "bills.saved");
			return "redirect:/bills/" + id;
		}
		catch (BillException e) {
			response.setStatus(422);
			model.addAttribute("errorKey", e.messageKey());
			model.addAttribute("errorArgs", e.args());
			return form(user, model);
		}
	}

	@PostMapping("/{id}/sign")
	String sign(@PathVariable long id, @RequestParam int version, Authentication user, RedirectAttributes redirect) {
		return BillMoves.run(id, redirect, "bills.signed",
				() -> sign.sign(new BillId(id), version, BillAccess.person(user), deadlines.today()));
	}

	@PostMapping("/{id}/file")
	String file(@PathVariable long id, @RequestParam int version, Authentication user, RedirectAttributes redirect) {
		return BillMoves.run(id, redirect, "bills.filed",
				() -> file.file(new BillId(id), version, BillAccess.person(user), deadlines.today()));
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@PathVariable long id, @RequestParam int version, Authentication user, RedirectAttributes redirect) {
		return BillMoves.run(id, redirect, "bills.withdrawn",
				() -> withdraw.withdraw(new BillId(id), version, BillAccess.person(user), deadlines.today()));
	}
}
