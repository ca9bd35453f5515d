package org.lvzhi.reporting.annual;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.lvzhi.platform.Moves;
import org.lvzhi.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The published reports on the public portal: each figure a link to the list of records behind it
 * (the statistics pages, which never show personal data), and the headline figures year by year.
 */
@Controller
class PublicAnnualReportPages {

	private final AnnualReportStore store;
	private final ReportRendering rendering;
	private final YearOverYear years;

	PublicAnnualReportPages(AnnualReportStore store, ReportRendering rendering, YearOverYear years) {
		this.store = store;
		this.rendering = rendering;
		this.years = years;
	}

	@Bean
	static NavigationItem publicReportsNavigation() {
		return NavigationItem.forEverybody(805, "nav.publicReports", "/public/reports");
	}

	@GetMapping("/public/reports")
	String list(Model model) {
		model.addAttribute("reports", store.published());
		return "reporting/public-reports";
	}

	@GetMapping("/public/reports/{year:\\d{4}}")
	String report(@PathVariable int year, Model model) {
		AnnualReport report = published(year);
		model.addAttribute("report", report);
		model.addAttribute("view", rendering.view(report));
		return "reporting/public-report";
	}

	@GetMapping("/public/reports/years")
	String years(Model model) {
		YearOverYear.Table table = years.table();
		List<Chart> charts = new ArrayList<>();
		for (Map.Entry<String, List<Long>> row : table.rows().entrySet()) {
			charts.add(Chart.of(row.getKey(), table.years(), row.getValue()));
		}
		model.addAttribute("table", table);
		model.addAttribute("charts", charts);
		model.addAttribute("published", store.published().stream().map(AnnualReport::reportYear).toList());
		return "reporting/public-years";
	}

	AnnualReport published(int year) {
		return store.ofYear(year).filter(r -> r.state() == ReportState.PUBLISHED).orElseThrow(Moves::notFound);
	}

	/**
	 * One figure's bars, laid out for an inline SVG 100 units high: each bar's height is its share of
	 * the largest value.
	 */
	record Chart(String key, List<Bar> bars) {

		record Bar(int year, long value, int x, int height) {
		}

		static final int WIDTH = 36;

		static Chart of(String key, List<Integer> years, List<Long> values) {
			long max = values.stream().mapToLong(Long::longValue).max().orElse(0);
			List<Bar> bars = new ArrayList<>();
			for (int i = 0; i < years.size(); i++) {
				long v = values.get(i);
				int height = max == 0 ? 0 : (int) Math.round(80.0 * v / max);
				bars.add(new Bar(years.get(i), v, 4 + i * (WIDTH + 8), height));
			}
			return new Chart(key, bars);
		}

		public int barWidth() {
			return WIDTH;
		}

		public int width() {
			return 8 + bars.size() * (WIDTH + 8);
		}
	}
}
