package org.lvzhi.liaison.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.lvzhi.liaison.LiaisonSettings;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;

/** The station dashboard: numbers and charts for a period and area (ECharts, drawn by /js/liaison-dashboard.js). */
@Controller
@PreAuthorize("@liaisonAccess.isOffice(authentication)")
class DashboardController {

	private final StationDashboard dashboard;
	private final LiaisonSettings settings;
	private final MessageSource messages;
	private final JsonMapper json;
	private final Clock clock;

	DashboardController(StationDashboard dashboard, LiaisonSettings settings, MessageSource messages, JsonMapper json,
			Clock clock) {
		this.dashboard = dashboard;
		this.settings = settings;
		this.messages = messages;
		this.json = json;
		this.clock = clock;
	}

	@GetMapping("/liaison/dashboard")
	String show(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String district, Model m) {
		LocalDate today = LocalDate.now(clock);
		LocalDate start = from == null ? LocalDate.of(2023, 1, 1) : from;
		LocalDate end = to == null || to.isBefore(start) ? start.plusYears(1).minusDays(1) : to;
		String area = district == null || district.isBlank() ? null : district;
		StationDashboard.Numbers n = dashboard.numbers(start, end, area, today);
		var locale = LocaleContextHolder.getLocale();
		Map<String, Long> states = new LinkedHashMap<>();
		n.byState().forEach((k, v) -> states.put(messages.getMessage("liaison.opinion.state." + k, null, locale), v));
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("categories", n.byCategory());
		chart.put("states", states);
		chart.put("months", n.visitsByMonth());
		chart.put("labels", Map.of("categories", messages.getMessage("liaison.dashboard.byCategory", null, locale),
				"states", messages.getMessage("liaison.dashboard.byState", null, locale),
				"months", messages.getMessage("liaison.dashboard.visitsByMonth", null, locale)));
		m.addAttribute("n", n);
		m.addAttribute("from", start);
		m.addAttribute("to", end);
		m.addAttribute("district", area);
		m.addAttribute("districts", settings.districts());
		m.addAttribute("chart", json.writeValueAsString(chart));
		return "liaison/dashboard";
	}
}
