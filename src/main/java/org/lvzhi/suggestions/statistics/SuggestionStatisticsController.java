package org.lvzhi.suggestions.statistics;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;

import org.lvzhi.platform.Page;
import org.lvzhi.platform.Spreadsheet;
import org.lvzhi.suggestions.Names;
import org.lvzhi.suggestions.SuggestionDeadlines;
import org.lvzhi.suggestions.SuggestionLinks;
import org.lvzhi.suggestions.SuggestionListItem;
import org.lvzhi.suggestions.SuggestionState;
import org.lvzhi.suggestions.statistics.StatisticsFilter.Measure;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The statistics of a session year's suggestions for the standing committee and its staff, each
 * number opening the list behind it, and the tables as a spreadsheet. Units and deputies see only
 * their own suggestions elsewhere, so they have no access here.
 */
@Controller
@RequestMapping("/suggestions/statistics")
@PreAuthorize("hasAnyRole('STAFF', 'ADMIN', 'MEMBER')")
class SuggestionStatisticsController {

	private final SuggestionStatistics statistics;
	private final SuggestionDeadlines deadlines;
	private final Names names;
	private final MessageSource messages;
	private final SuggestionLinks links;

	SuggestionStatisticsController(SuggestionStatistics statistics, SuggestionDeadlines deadlines, Names names,
			MessageSource messages, SuggestionLinks links) {
		this.links = links;
		this.statistics = statistics;
		this.deadlines = deadlines;
		this.names = names;
		this.messages = messages;
	}

	@GetMapping
	String show(@RequestParam(required = false) Integer year, Model model) {
		int y = year(year);
		model.addAttribute("report", statistics.report(y));
		model.addAttribute("years", statistics.years());
		model.addAttribute("names", names.lookup());
		return "suggestions/statistics";
	}

	@GetMapping("/list")
	String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) Measure measure,
			@RequestParam(required = false) SuggestionState state, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) String category, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Authentication user, Model model) {
		StatisticsFilter filter = new StatisticsFilter(year(year), measure, state, unit, category);
		model.addAttribute("filter", filter);
		Page<SuggestionListItem> found = statistics.list(filter, Page.number(page), Page.size(size));
		model.addAttribute("page", found);
		model.addAttribute("links", links.of(user, found.items().stream().map(SuggestionListItem::id).toList()));
		model.addAttribute("names", names.lookup(found.items()));
		return "suggestions/statistics-list";
	}

	@GetMapping(value = "", params = "format=xlsx")
	ResponseEntity<byte[]> spreadsheet(@RequestParam(required = false) Integer year, Locale locale) {
		SuggestionStatistics.Report report = statistics.report(year(year));
		Names.Lookup lookup = names.lookup();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Spreadsheet sheet = new Spreadsheet(String.valueOf(report.year()),
				List.of(text("suggestionStats.xlsx.table", locale), text("suggestionStats.xlsx.item", locale), text("suggestionStats.xlsx.count", locale),
						text("suggestionStats.xlsx.percent", locale)))) {
			sheet.row(text("suggestionStats.total", locale), report.year(), report.total().count());
			report.byState().forEach(r -> sheet.row(text("suggestionStats.byState", locale),
					text("suggestions.state." + r.label(), locale), r.count()));
			report.byUnit().forEach(r -> sheet.row(text("suggestionStats.byUnit", locale), lookup.unit(Long.valueOf(r.label())), r.count()));
			report.byCategory().forEach(r -> sheet.row(text("suggestionStats.byCategory", locale), r.label(), r.count()));
			rate(sheet, text("suggestionStats.onTime", locale), report.onTime(), locale);
			rate(sheet, text("suggestionStats.satisfiedFirst", locale), report.satisfiedFirst(), locale);
			rate(sheet, text("suggestionStats.satisfiedFinal", locale), report.satisfiedFinal(), locale);
			report.keySuggestions().forEach(k -> sheet.row(text("suggestionStats.key", locale), k.number() + " " + k.title(),
					null, text("suggestions.state." + k.state(), locale)));
			sheet.writeTo(out);
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("suggestion-statistics-" + report.year() + ".xlsx").build().toString())
			.contentType(MediaType.parseMediaType(Spreadsheet.CONTENT_TYPE))
			.body(out.toByteArray());
	}

	private void rate(Spreadsheet sheet, String label, SuggestionStatistics.Rate rate, Locale locale) {
		sheet.row(text("suggestionStats.rates", locale), label, rate.part().count(), rate.percent());
		sheet.row(text("suggestionStats.rates", locale), label + " · " + text("suggestionStats.of", locale), rate.whole().count());
	}

	/** The year asked for, else the latest session year with suggestions, else this year. */
	private int year(Integer year) {
		if (year != null && year >= 1949 && year <= deadlines.today().getYear() + 1) {
			return year;
		}
		return statistics.years().stream().findFirst().orElse(deadlines.today().getYear());
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
