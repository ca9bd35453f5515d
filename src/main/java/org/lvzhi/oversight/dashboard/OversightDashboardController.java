package org.lvzhi.oversight.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.lvzhi.deadlines.Deadlines;
import org.lvzhi.directory.Directory;
import org.lvzhi.oversight.reports.ReportView;
import org.lvzhi.oversight.web.Names;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import tools.jackson.databind.json.JsonMapper;

/**
 * The oversight dashboard for the office and the committee members. The charts read their data
 * from JSON attributes of the page and are drawn by a static script, since the content security
 * policy allows no inline script.
 */
@Controller
@PreAuthorize("@oversightAccess.readsAll(authentication)")
class OversightDashboardController {

	private final OversightDashboard dashboard;
	private final Deadlines deadlines;
	private final Directory directory;
	private final JsonMapper json;

	OversightDashboardController(OversightDashboard dashboard, Deadlines deadlines, Directory directory, JsonMapper json) {
		this.dashboard = dashboard;
		this.deadlines = deadlines;
		this.directory = directory;
		this.json = json;
	}

	@GetMapping("/oversight/dashboard")
	String show(Model model) {
		var today = deadlines.today();
		var summary = dashboard.summary(today);
		Names names = new Names(directory).ofBodies(Stream.of(
				summary.byOrgan().stream().map(OversightDashboard.OrganAges::organId),
				summary.handlingOverdue().stream().map(ReportView::organId),
				summary.opinionsOverdue().stream().map(ReportView::organId))
			.flatMap(ids -> ids).toList());
		model.addAttribute("summary", summary);
		model.addAttribute("today", today);
		model.addAttribute("names", names);
		List<String> organs = new ArrayList<>();
		List<List<Long>> ages = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		summary.byOrgan().stream().limit(OversightDashboard.TOP_ORGANS).forEach(o -> {
			organs.add(names.body(o.organId()));
			ages.get(0).add(o.under1());
			ages.get(1).add(o.from1to3());
			ages.get(2).add(o.from3to6());
			ages.get(3).add(o.over6());
		});
		Map<String, Object> byOrgan = new LinkedHashMap<>();
		byOrgan.put("units", organs);
		byOrgan.put("ages", ages);
		Map<String, Object> votes = new LinkedHashMap<>();
		votes.put("years", summary.votes().stream().map(v -> String.valueOf(v.year())).toList());
		votes.put("series", List.of(summary.votes().stream().map(OversightDashboard.VoteYear::satisfied).toList(),
				summary.votes().stream().map(OversightDashboard.VoteYear::basicallySatisfied).toList(),
				summary.votes().stream().map(OversightDashboard.VoteYear::dissatisfied).toList()));
		Map<String, Object> evaluations = new LinkedHashMap<>();
		evaluations.put("years", summary.evaluations().stream().map(e -> String.valueOf(e.year())).toList());
		evaluations.put("mean", summary.evaluations().stream().map(OversightDashboard.EvaluationYear::meanScore).toList());
		evaluations.put("unsatisfactory",
				summary.evaluations().stream().map(OversightDashboard.EvaluationYear::unsatisfactory).toList());
		model.addAttribute("byOrganJson", json.writeValueAsString(byOrgan));
		model.addAttribute("votesJson", json.writeValueAsString(votes));
		model.addAttribute("evaluationsJson", json.writeValueAsString(evaluations));
		return "oversight/dashboard";
	}
}
