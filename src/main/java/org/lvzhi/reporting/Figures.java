package org.lvzhi.reporting;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
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

	/** The latest year, up to {@code notAfter}, in which some figure counted something that happened. */
	public OptionalInt latestYear(int notAfter) {
		return figures.stream()
			.map(Figure::latestYear)
			.filter(OptionalInt::isPresent)
			.mapToInt(OptionalInt::getAsInt)
			.filter(y -> y <= notAfter)
			.max();
	}

	/**
	 * The page of a record the reader may open: a public page for everybody, another page only for a
	 * signed-in reader the figure's module lets in; otherwise none.
	 */
	public static String linkFor(Figure figure, FigureRecord record, Authentication reader) {
		if (record.link() == null) {
			return null;
		}
		if (record.publicLink()) {
			return record.link();
		}
		return mayOpen(figure, record, reader) ? record.link() : null;
	}

	/**
	 * The record's title for the reader: a title that is someone's matter only for a signed-in reader
	 * the figure's module lets open the record, the neutral label for everybody else.
	 */
	public static String titleFor(Figure figure, FigureRecord record, Authentication reader) {
		if (!record.titleWithheld()) {
			return record.title();
		}
		return mayOpen(figure, record, reader) ? record.title() : record.publicTitle();
	}

	private static boolean mayOpen(Figure figure, FigureRecord record, Authentication reader) {
		boolean signedIn = reader != null && reader.isAuthenticated() && !(reader instanceof AnonymousAuthenticationToken);
		return signedIn && figure.mayOpen(record, reader);
	}
}
