package org.lvzhi.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The annual report's figures as JSON, for integrations. Public, like the report itself.
 */
@RestController
@RequestMapping("/api/v1/figures")
@Tag(name = "Figures", description = "Figures of the annual work report, each counted from records")
class FiguresApi {

	private final Figures figures;

	FiguresApi(Figures figures) {
		this.figures = figures;
	}

	@GetMapping
	@Operation(summary = "Every registered figure for a year",
			description = "Answers {\"year\": 2023, \"figures\": {\"<key>\": <number>, ...}} with every registered key.")
	FiguresResponse all(@Parameter(description = "calendar year, e.g. 2023") @RequestParam int year) {
		return new FiguresResponse(checked(year), figures.values(year));
	}

	@GetMapping("/{key}")
	@Operation(summary = "The records behind one figure",
			description = "Lists the records counted in the figure (id, title, date, link), without personal data; "
					+ "a record that is a constituent's matter is named by a neutral label (station and date, "
					+ "inspection) unless the signed-in reader may open it; the link is the record's public page, "
					+ "if it has one.")
	FigureDetail one(@PathVariable String key, @RequestParam int year,
			@Parameter(hidden = true) Authentication reader) {
		Figure figure = figures.find(key)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown figure " + key));
		List<Item> records = figure.records(checked(year)).stream()
			.map(r -> new Item(r.id(), Figures.titleFor(figure, r, reader), r.date(), r.publicLink() ? r.link() : null))
			.toList();
		return new FigureDetail(key, year, figure.value(year), records);
	}

	private static int checked(int year) {
		if (year < 1949 || year > LocalDate.now().getYear() + 1) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "year out of range");
		}
		return year;
	}

	record FiguresResponse(int year, Map<String, Long> figures) {
	}

	record FigureDetail(String key, int year, long value, List<Item> records) {
	}

	/** A record as the public API shows it: only public pages are linked. */
	record Item(String id, String title, LocalDate date, String link) {
	}
}
