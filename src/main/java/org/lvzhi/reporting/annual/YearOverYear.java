package org.lvzhi.reporting.annual;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lvzhi.reporting.Figure;
import org.lvzhi.reporting.Figures;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The headline figures of every year the records cover, counted from the records as the statistics
 * page counts them. A year is covered from the first in which one headline figure is above zero
 * to the last year that ended (or the latest counted), so a gap inside shows as zero.
 */
@Component
class YearOverYear {

	/** The years in order and, per headline figure, its value in each of them. */
	record Table(List<Integer> years, Map<String, List<Long>> rows) {
	}

	private static final int EARLIEST = 2015;

	private final Figures figures;
	private final Clock clock;
	private final List<String> headline;

	YearOverYear(Figures figures, Clock clock, @Value("${lvzhi.reporting.headline-figures}") List<String> headline) {
		this.figures = figures;
		this.clock = clock;
		this.headline = headline;
	}

	Table table() {
		int current = LocalDate.now(clock).getYear();
		int last = figures.latestYear(current).orElse(current - 1);
		List<Figure> shown = headline.stream().map(figures::find).flatMap(java.util.Optional::stream).toList();
		Map<Integer, List<Long>> byYear = new LinkedHashMap<>();
		Integer first = null;
		for (int year = EARLIEST; year <= last; year++) {
			final int y = year;
			List<Long> values = shown.stream().map(f -> f.value(y)).toList();
			if (first == null && values.stream().anyMatch(v -> v > 0)) {
				first = year;
			}
			if (first != null) {
				byYear.put(year, values);
			}
		}
		List<Integer> years = new ArrayList<>(byYear.keySet());
		Map<String, List<Long>> rows = new LinkedHashMap<>();
		for (int i = 0; i < shown.size(); i++) {
			final int column = i;
			rows.put(shown.get(i).key(), years.stream().map(y -> byYear.get(y).get(column)).toList());
		}
		return new Table(years, rows);
	}
}
