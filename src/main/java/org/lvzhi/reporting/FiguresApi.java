package org.lvzhi.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.lvzhi.platform.opendata.ApiPage;
import org.lvzhi.platform.opendata.ApiPaging;
import org.lvzhi.platform.opendata.Csv;
import org.lvzhi.platform.opendata.Dataset;
import org.lvzhi.platform.opendata.Datasets;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;

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
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The annual report's figures as JSON, for integrations. Public, like the report itself. Each
 * year's figures also have a stable URL of their own ({@code /api/v1/figures/2023}, and
 * {@code .csv}), which the open data catalogue lists for the recent years.
 */
@RestController
@RequestMapping("/api/v1/figures")
@Tag(name = "Figures", description = "Figures of the annual work report, each counted from records")
class FiguresApi implements Datasets {

	/** Years the catalogue lists, counting back from the latest year with figures. */
	static final int CATALOGUED_YEARS = 5;

	private final Figures figures;
	private final MessageSource messages;
	private final Clock clock;

	FiguresApi(Figures figures, MessageSource messages, Clock clock) {
		this.figures = figures;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public List<Dataset> datasets() {
		int latest = figures.latestYear(LocalDate.now(clock).getYear()).orElse(LocalDate.now(clock).getYear());
		List<Dataset> years = new ArrayList<>();
		for (int year = latest; year > latest - CATALOGUED_YEARS; year--) {
			years.add(new Dataset("figures-" + year, "opendata.dataset.figures.title", "opendata.dataset.figures.description",
					"/api/v1/figures/" + year, "/api/v1/figures/" + year + ".csv", List.of("统计", "年度工作报告", "数据"),
					year + "-01-01/" + year + "-12-31"));
		}
		return years;
	}

	@GetMapping(path = "/{year:\\d{4}}", produces = "application/json")
	@Operation(summary = "A year's figures at a stable URL",
			description = "Every registered figure of the year with its Chinese label and unit, in the order of the "
					+ "statistics page; each links to the records it counts.")
	ApiPage<FigureRow> year(@Parameter(description = "calendar year, e.g. 2023") @PathVariable int year,
			@Parameter(description = "page number from 1") @RequestParam(required = false) Integer page,
			@Parameter(description = "records per page, 1 to 100 (20)") @RequestParam(required = false) Integer size) {
		ApiPaging paging = ApiPaging.of(page, size);
		return ApiPage.slice(rows(checked(year)), paging);
	}

	@GetMapping(path = "/{year:\\d{4}}.csv", produces = Csv.TYPE)
	@Operation(summary = "A year's figures as CSV", description = "The columns are the JSON fields.")
	ResponseEntity<byte[]> yearCsv(@Parameter(description = "calendar year, e.g. 2023") @PathVariable int year) {
		return Csv.download("figures-" + year + ".csv", FigureRow.class, rows(checked(year)));
	}

	private List<FigureRow> rows(int year) {
		return figures.all().stream()
			.map(f -> new FigureRow(f.key(), label("figure." + f.key()), label("figure." + f.key() + ".unit"), year,
					f.value(year), f.share(), "/api/v1/figures/" + f.key() + "?year=" + year))
			.toList();
	}

	private String label(String key) {
		return messages.getMessage(key, null, "", Locale.SIMPLIFIED_CHINESE);
	}

	@GetMapping
	@Operation(summary = "Every registered figure for a year",
			description = "Answers {\"year\": 2023, \"figures\": {\"<key>\": <number>, ...}} with every registered key.")
	FiguresResponse all(@Parameter(description = "calendar year, e.g. 2023") @RequestParam int year) {
		return new FiguresResponse(checked(year), figures.values(year));
	}

	@GetMapping("/{key:[A-Za-z_][A-Za-z0-9_.-]*}")
	@Operation(summary = "The records behind one figure",
			description = "Lists the records counted in the figure (id, title, date, link), without personal data; "
					+ "a record that is a constituent's matter is named by a neutral label (station and date, "
					+ "inspection) unless the signed-in reader may open it; the link is the record's public page, "
					+ "if it has one.")
	FigureDetail one(@Parameter(description = "the figure's key, e.g. regulations_passed") @PathVariable String key,
			@Parameter(description = "calendar year, e.g. 2023") @RequestParam int year,
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

	/** A figure of a year as the open data lists it. */
	@Schema(name = "YearFigure", description = "A figure of the annual work report for one year")
	record FigureRow(String key, @Schema(description = "the label of the statistics page, in Chinese") String label,
			@Schema(description = "the unit, in Chinese, e.g. 件") String unit, int year, long value,
			@Schema(description = "whether the value is a percentage") boolean share,
			@Schema(description = "the records counted") String records) {
	}

	record FiguresResponse(int year, Map<String, Long> figures) {
	}

	record FigureDetail(String key, int year, long value, List<Item> records) {
	}

	/** A record as the public API shows it: only public pages are linked. */
	record Item(String id, String title, @Schema(nullable = true) LocalDate date,
			@Schema(nullable = true, description = "the record's public page, if it has one") String link) {
	}
}
