package org.lvzhi.oversight.evaluation;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.lvzhi.oversight.EvaluationId;
import org.lvzhi.oversight.OversightException;
import org.lvzhi.oversight.Satisfaction;
import org.lvzhi.platform.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The rater's sheet, opened with the access code on a phone or a desktop. Raters from outside the
 * committee (experts, business representatives) have no account: the code is their only key, and
 * it works once. A refused sheet is shown again with the rater's choices kept.
 */
@Controller
@RequestMapping("/public/evaluation/{code}")
@PreAuthorize("permitAll()")
class RaterSheetController {

	private final Evaluations evaluations;
	private final SubmitSheet submit;
	private final SheetCache sheets;
	private final MessageSource messages;
	private final EvaluationAccess access;

	RaterSheetController(Evaluations evaluations, SubmitSheet submit, SheetCache sheets, MessageSource messages,
			EvaluationAccess access) {
		this.access = access;
		this.messages = messages;
		this.evaluations = evaluations;
		this.submit = submit;
		this.sheets = sheets;
	}

	@GetMapping
	String sheet(@PathVariable String code, Authentication user, Model model, Locale locale) {
		checkNotAnotherOffice(code, user);
		return render(code, Map.of(), model, locale);
	}

	/**
	 * Raters are committee members, deputies and people from outside; office staff enter sheets
	 * only for the evaluations their office runs (paper sheets), never with codes of another's.
	 */
	private void checkNotAnotherOffice(String code, Authentication user) {
		evaluations.rater(code).ifPresent(rater -> {
			if (!access.mayEnterSheet(user, rater.evaluationId())) {
				throw new AccessDeniedException("evaluation of another office");
			}
		});
	}

	private String render(String code, Map<String, String> chosen, Model model, Locale locale) {
		Evaluations.Rater rater = evaluations.rater(code).orElse(null);
		if (rater == null) {
			model.addAttribute("invalid", true);
			return "oversight/evaluations/sheet";
		}
		EvaluationId id = new EvaluationId(rater.evaluationId());
		model.addAttribute("code", code);
		model.addAttribute("e", evaluations.get(id).orElseThrow());
		model.addAttribute("done", evaluations.submitted(rater.id()));
		SheetCache.Sheet sheet = sheets.sheet(id);
		model.addAttribute("departments", sheet.departmentList());
		model.addAttribute("tasks", sheet.tasksByDepartment());
		model.addAttribute("names", sheet.names());
		model.addAttribute("radios", new Radios(messages, locale, chosen));
		return "oversight/evaluations/sheet";
	}

	@PostMapping
	String submit(@PathVariable String code, @RequestParam Map<String, String> form, Authentication user, Model model,
			Locale locale) {
		checkNotAnotherOffice(code, user);
		Map<Long, Satisfaction> overall = new HashMap<>();
		Map<Long, Satisfaction> tasks = new HashMap<>();
		try {
			form.forEach((k, v) -> {
				if (k.startsWith("d") && k.length() > 1 && k.substring(1).chars().allMatch(Character::isDigit)) {
					overall.put(Long.parseLong(k.substring(1)), choice(v));
				}
				else if (k.startsWith("t") && k.length() > 1 && k.substring(1).chars().allMatch(Character::isDigit)) {
					tasks.put(Long.parseLong(k.substring(1)), choice(v));
				}
			});
			submit.submit(code, overall, tasks);
			return "redirect:/public/evaluation/" + code;
		}
		catch (DomainException e) {
			model.addAttribute("errorKey", e.messageKey());
			model.addAttribute("errorArgs", e.args());
			return render(code, form, model, locale);
		}
	}

	private static Satisfaction choice(String v) {
		try {
			return Satisfaction.valueOf(v);
		}
		catch (IllegalArgumentException | NullPointerException e) {
			throw new OversightException("oversight.error.score");
		}
	}
}
