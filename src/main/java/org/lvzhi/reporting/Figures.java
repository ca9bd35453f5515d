package org.lvzhi.reporting;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * The registry of every figure the modules contribute.
 */
@Service
public class Figures {

	private final List<Figure> figures;

	Figures(List<Figure> figures) {
		this.figures = figures.stream().sorted(Comparator.comparingInt(Figure::order).thenComparing(Figure::key)).toList();
		long distinct = figures.stream().map(Figure::key).distinct().count();
		if (distinct != figures.size()) {
			throw new IllegalStateException("Two modules registered the same figure key");
		}
	}

	/** All figures, in display order. */
	public List<Figure> all() {
		return figures;
	}

	public Optional<Figure> find(String key) {
		return figures.stream().filter(f -> f.key().equals(key)).findFirst();
	}

	/** Every figure's value for a year, keyed and ordered as displayed. */
	public Map<String, Long> values(int year) {
		Map<String, Long> values = new LinkedHashMap<>();
		figures.forEach(f -> values.put(f.key(), f.value(year)));
		return values;
	}
}
