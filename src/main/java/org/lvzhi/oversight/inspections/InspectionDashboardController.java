package org.lvzhi.oversight.inspections;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.lvzhi.oversight.inspections.InspectionViews.ProblemRow;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import tools.jackson.databind.json.JsonMapper;

/**
 * The inspection dashboard: open problems by unit and age, overdue items and the rectification
 * rate. The charts read their data from a JSON attribute of the page, drawn by a static script
 * (the content security policy allows no inline script).
 */
@Controller
@RequestMapping("/oversight/inspections/dashboard")
@PreAuthorize("@inspectionAccess.canRead(authentication)")
class InspectionDashboardController {

	@org.springframework.web.bind.annotation.ModelAttribute("staff")
	boolean staff(org.springframework.security.core.Authentication user) {
		return user != null && (org.lvzhi.platform.Roles.has(user, org.lvzhi.platform.Roles.STAFF)
				|| org.lvzhi.platform.Roles.has(user, org.lvzhi.platform.Roles.ADMIN));
	}

	private final InspectionDashboard dashboard;
	private final InspectionDeadlines deadlines;
	private final UnitNames units;
	private final JsonMapper json;

	InspectionDashboardController(InspectionDashboard dashboard, InspectionDeadlines deadlines, UnitNames units, JsonMapper json) {
		this.json = json;
		this.dashboard = dashboard;
		this.deadlines = deadlines;
		this.units = units;
	}

	@GetMapping
	String show(Model model) {
		var today = deadlines.today();
		var summary = dashboard.summary(today);
		model.addAttribute("summary", summary);
		model.addAttribute("today", today);
		units.fetch(Stream.concat(summary.byUnit().stream().map(InspectionDashboard.UnitAges::unitId),
				summary.overdueItems().stream().map(ProblemRow::unitId)).toList());
		model.addAttribute("units", units);
		List<String> names = new ArrayList<>();
		List<List<Long>> ages = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		summary.byUnit().stream().limit(InspectionDashboard.TOP_UNITS).forEach(u -> {
			names.add(units.name(u.unitId()));
			ages.get(0).add(u.under1());
			ages.get(1).add(u.from1to3());
			ages.get(2).add(u.from3to6());
			ages.get(3).add(u.over6());
		});
		Map<String, Object> byUnit = new LinkedHashMap<>();
		byUnit.put("units", names);
		byUnit.put("ages", ages);
		Map<String, Object> byYear = new LinkedHashMap<>();
		byYear.put("years", summary.byYear().stream().map(y -> String.valueOf(y.year())).toList());
		byYear.put("found", summary.byYear().stream().map(InspectionDashboard.YearRate::found).toList());
		byYear.put("closed", summary.byYear().stream().map(InspectionDashboard.YearRate::closed).toList());
		byYear.put("rate", summary.byYear().stream().map(InspectionDashboard.YearRate::rate).toList());
		model.addAttribute("byUnitJson", json.writeValueAsString(byUnit));
		model.addAttribute("byYearJson", json.writeValueAsString(byYear));
		return "oversight/inspections/dashboard";
	}
}
