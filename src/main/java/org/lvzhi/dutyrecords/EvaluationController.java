package org.lvzhi.dutyrecords;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.lvzhi.directory.DeputyLevel;
import org.lvzhi.platform.Page;
import org.lvzhi.platform.Spreadsheet;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** The evaluation for the deputies' affairs office: the ranking within a group, and the weights behind it. */
@Controller
@RequestMapping("/duty")
@PreAuthorize("@dutyAccess.isOffice(authentication)")
class EvaluationController {

	static final String WEIGHTS = "dutyrecords/weights";

	private final Evaluation evaluation;
	private final DeputyList list;
	private final WeightStore weights;
	private final EditWeights editWeights;
	private final Periods periods;
	private final MessageSource messages;

	EvaluationController(Evaluation evaluation, DeputyList list, WeightStore weights, EditWeights editWeights,
			Periods periods, MessageSource messages) {
		this.evaluation = evaluation;
		this.list = list;
		this.weights = weights;
		this.editWeights = editWeights;
		this.periods = periods;
		this.messages = messages;
	}

	@GetMapping("/ranking")
	String ranking(@RequestParam(required = false) Integer year, @RequestParam(required = false) String group,
			@RequestParam(required = false) Integer page, Model model) {
		int y = periods.yearOr(year, null);
		DutyGroup g = DutyGroup.parse(group);
		List<RankedDeputy> ranked = evaluation.rank(g, y);
		int number = Page.number(page);
		int size = Page.size(50);
		int first = Math.min(ranked.size(), Page.offset(number, size));
		model.addAttribute("page", new Page<>(ranked.subList(first, Math.min(ranked.size(), first + size)), number, size,
				ranked.size()));
		model.addAttribute("year", y);
		model.addAttribute("years", periods.years());
		model.addAttribute("group", g.key());
		model.addAttribute("levels", DeputyLevel.values());
		model.addAttribute("delegations", list.delegations());
		model.addAttribute("kinds", DutyKind.values());
		model.addAttribute("weights", weights.load());
		return "dutyrecords/ranking";
	}

	@GetMapping("/ranking/export.xlsx")
	void exportRanking(@RequestParam(required = false) Integer year, @RequestParam(required = false) String group,
			Locale locale, HttpServletResponse response) throws IOException {
		int y = periods.yearOr(year, null);
		List<String> headers = new ArrayList<>(List.of(text("dutyrecords.field.rank", locale),
				text("dutyrecords.field.deputy", locale)));
		for (DutyKind k : DutyKind.values()) {
			headers.add(text("dutyrecords.kind." + k, locale));
		}
		headers.add(text("dutyrecords.field.score", locale));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Spreadsheet sheet = new Spreadsheet(String.valueOf(y), headers)) {
			for (RankedDeputy r : evaluation.rank(DutyGroup.parse(group), y)) {
				List<Object> cells = new ArrayList<>(List.of(r.rank(), r.name()));
				for (DutyKind k : DutyKind.values()) {
					cells.add(r.totals().of(k));
				}
				cells.add(r.score());
				sheet.row(cells.toArray());
			}
			sheet.writeTo(out);
		}
		Downloads.send(response, Spreadsheet.CONTENT_TYPE,
				text("dutyrecords.ranking.fileName", locale, String.valueOf(y)), out.toByteArray());
	}

	@GetMapping("/weights")
	String weights(Model model) {
		DutyWeights current = weights.load();
		Map<DutyKind, String> values = new LinkedHashMap<>();
		current.byKind().forEach((k, v) -> values.put(k, v.toPlainString()));
		return form(model, values, current.version());
	}

	@PostMapping("/weights")
	String saveWeights(@RequestParam Map<String, String> params, @RequestParam int version, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Map<DutyKind, String> entered = new LinkedHashMap<>();
		Map<DutyKind, BigDecimal> parsed = new EnumMap<>(DutyKind.class);
		String badKind = null;
		for (DutyKind k : DutyKind.values()) {
			String raw = params.getOrDefault("weight_" + k.name(), "").strip();
			entered.put(k, raw);
			try {
				parsed.put(k, new BigDecimal(raw));
			}
			catch (NumberFormatException e) {
				badKind = badKind == null ? k.name() : badKind;
			}
		}
		if (badKind != null) {
			response.setStatus(422);
			model.addAttribute("errorKey", "dutyrecords.weights.error.number");
			model.addAttribute("errorArgs", new Object[] { messages.getMessage("dutyrecords.kind." + badKind, null,
					LocaleContextHolder.getLocale()) });
			return form(model, entered, version);
		}
		try {
			editWeights.edit(parsed, version);
		}
		catch (OptimisticLockingFailureException e) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("errorKey", "error.concurrentEdit");
			return form(model, entered, version);
		}
		catch (DutyRecordsException e) {
			response.setStatus(422);
			model.addAttribute("errorKey", e.messageKey());
			model.addAttribute("errorArgs", e.args());
			return form(model, entered, version);
		}
		redirect.addFlashAttribute("successKey", "dutyrecords.weights.saved");
		return "redirect:/duty/weights";
	}

	private String form(Model model, Map<DutyKind, String> values, int version) {
		model.addAttribute("values", values);
		model.addAttribute("version", version);
		return WEIGHTS;
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
