package org.lvzhi.suggestions.handling;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.lvzhi.directory.Classification;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.OrganizationQuery;
import org.lvzhi.platform.Page;
import org.lvzhi.suggestions.AssignSuggestion;
import org.lvzhi.suggestions.Names;
import org.lvzhi.suggestions.SuggestionDeadlines;
import org.lvzhi.suggestions.SuggestionException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The assignment meeting (交办会): every accepted suggestion awaiting assignment in one table, the
 * routing hint's unit picked in each line, one submit assigning them all — or, when one line is
 * refused, none, with every refused line marked.
 */
@Controller
@RequestMapping("/suggestions/meeting")
@PreAuthorize("@suggestionAccess.isOffice(authentication)")
class BatchAssignmentController {

	static final String VIEW = "suggestions/meeting/meeting";

	private final MeetingTable table;
	private final AssignSuggestion assign;
	private final SuggestionDeadlines deadlines;
	private final Directory directory;

	BatchAssignmentController(MeetingTable table, AssignSuggestion assign, SuggestionDeadlines deadlines,
			Directory directory) {
		this.table = table;
		this.assign = assign;
		this.deadlines = deadlines;
		this.directory = directory;
	}

	@GetMapping
	String meeting(@RequestParam(required = false) Integer page, Model model) {
		Page<MeetingRow> rows = table.awaiting(Page.number(page));
		model.addAttribute("page", rows);
		return view(rows.items(), model);
	}

	@PostMapping
	String assignAll(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		List<MeetingTable.Checked> checked = MeetingForm.of(params).lines().stream().map(table::check).toList();
		List<AssignSuggestion.Line> lines = checked.stream().filter(c -> c.assignment() != null)
			.map(MeetingTable.Checked::assignment).toList();
		if (checked.stream().anyMatch(c -> c.errorKey() != null)) {
			return refuse(checked, "suggestions.meeting.refused", model, response);
		}
		if (lines.isEmpty()) {
			return refuse(checked, "suggestions.meeting.nothingChosen", model, response);
		}
		try {
			int count = assign.assignAll(lines, deadlines.today());
			redirect.addFlashAttribute("successKey", "suggestions.meeting.assigned");
			redirect.addFlashAttribute("successArgs", new Object[] { count });
			return "redirect:/suggestions/meeting";
		}
		catch (OptimisticLockingFailureException e) {
			return refuse(checked, "error.concurrentEdit", model, response);
		}
		catch (SuggestionException e) {
			model.addAttribute("errorArgs", e.args());
			return refuse(checked, e.messageKey(), model, response);
		}
	}

	private String refuse(List<MeetingTable.Checked> checked, String key, Model model, HttpServletResponse response) {
		response.setStatus(422);
		model.addAttribute("errorKey", key);
		List<MeetingRow> rows = table.rows(checked);
		model.addAttribute("page", new Page<>(rows, 1, Math.max(1, rows.size()), rows.size()));
		return view(rows, model);
	}

	private String view(List<MeetingRow> rows, Model model) {
		// The departments to pick from, and every unit a hint or a line names even when not a department.
		Map<Long, String> units = new LinkedHashMap<>();
		directory.findOrganizations(new OrganizationQuery(null, Classification.GOVERNMENT_DEPARTMENT, null, null), 1,
				Page.MAX_SIZE).items().forEach(o -> units.put(o.id().value(), o.name()));
		Names.Lookup names = new Names(directory).lookup();
		for (MeetingRow row : rows) {
			row.hints().forEach(h -> units.putIfAbsent(h.id(), h.name()));
			if (row.lead() != null) {
				units.putIfAbsent(row.lead(), names.unit(row.lead()));
			}
		}
		model.addAttribute("rows", rows);
		model.addAttribute("units", units);
		return VIEW;
	}
}
