package org.lvzhi.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.lvzhi.platform.Page;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public statistics page: every figure for a year, each opening the list of records behind it.
 */
@Controller
class StatisticsController {

	private final Figures figures;
	private final Clock clock;
	private final org.lvzhi.reporting.annual.ReportAccess reports;

	StatisticsController(Figures figures, Clock clock, org.lvzhi.reporting.annual.ReportAccess reports) {
		this.figures = figures;
		this.clock = clock;
		this.reports = reports;
	}

	@GetMapping("/statistics")
	String overview(@RequestParam(required = false) Integer year, Authentication reader, Model model) {
		int chosen = year(year);
		// The office reaches the annual report it writes from the figures it is written from.
		model.addAttribute("reportDesk", reports.isOffice(reader));
		model.addAttribute("year", chosen);
		model.addAttribute("years", years());
		model.addAttribute("rows", figures.all().stream().map(f -> new Row(f.key(), f.value(chosen))).toList());
		return "reporting/statistics";
	}

	/** The records behind a figure, a page at a time, each linked to its page when the reader may open it. */
	@GetMapping("/statistics/{key}")
	String records(@PathVariable String key, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer page, Authentication reader, Model model) {
		int chosen = year(year);
		Figure figure = figures.find(key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Page<FigureRecord> records = figure.records(chosen, Page.number(page), Page.size(null));
		long first = records.firstIndex();
		List<Line> lines = IntStream.range(0, records.items().size())
			.mapToObj(i -> {
				FigureRecord r = records.items().get(i);
				return new Line(first + i, Figures.titleFor(figure, r, reader), r.date(), Figures.linkFor(figure, r, reader));
			})
			.toList();
		model.addAttribute("year", chosen);
		model.addAttribute("key", key);
		model.addAttribute("value", figure.value(chosen));
		model.addAttribute("page", new Page<>(lines, records.number(), records.size(), records.total()));
		return "reporting/records";
	}

	private int year(Integer requested) {
		int current = LocalDate.now(clock).getYear();
		if (requested == null) {
			// The latest year in which something was counted; before any record, the year the annual
			// report covers, the one before the current year.
			return figures.latestYear(current).orElse(current - 1);
		}
		if (requested < 1949 || requested > current + 1) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		return requested;
	}

	private List<Integer> years() {
		int current = LocalDate.now(clock).getYear();
		return IntStream.rangeClosed(2018, current).boxed().sorted((a, b) -> b - a).toList();
	}

	record Row(String key, long value) {
	}

	/** A record as listed: its position in the whole list, and its page if the reader may open it. */
	record Line(long number, String title, LocalDate date, String link) {
	}
}
