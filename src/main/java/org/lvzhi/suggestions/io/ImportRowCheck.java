package org.lvzhi.suggestions.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lvzhi.directory.PersonId;
import org.lvzhi.suggestions.DraftSuggestion;
import org.lvzhi.suggestions.SuggestionContent;

/**
 * Checks every row of an imported workbook and reports every problem, not only the first: the
 * office fixes the whole file in one go. Rows that pass become {@link Entry entries}.
 */
final class ImportRowCheck {

	/** A row ready to be drafted and submitted. */
	record Entry(int row, PersonId lead, SuggestionContent content, List<PersonId> coSigners, LocalDate date) {
	}

	static final int MAX_BODY = 20_000;
	static final int MAX_SESSION = 100;
	static final int MAX_CO_SIGNERS = 100;

	private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
	private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年?");
	private static final Pattern SEPARATORS = Pattern.compile("[、;；,，\\s]+");

	private final List<String> categories;
	private final ImportDeputies deputies;
	private final LocalDate today;
	private final List<ImportProblem> problems = new ArrayList<>();
	private final List<Entry> entries = new ArrayList<>();
	private final Map<String, Integer> seen = new HashMap<>();

	ImportRowCheck(List<String> categories, ImportDeputies deputies, LocalDate today) {
		this.categories = categories;
		this.deputies = deputies;
		this.today = today;
	}

	List<ImportProblem> problems() {
		return problems;
	}

	List<Entry> entries() {
		return entries;
	}

	void check(SuggestionWorkbook.RawRow raw) {
		int before = problems.size();
		int row = raw.number();
		String title = raw.get(SuggestionWorkbook.TITLE);
		String body = raw.get(SuggestionWorkbook.BODY);
		String category = raw.get(SuggestionWorkbook.CATEGORY);
		if (title == null) {
			problem(row, SuggestionWorkbook.TITLE, "suggestions.io.error.required");
		}
		else if (title.length() > DraftSuggestion.MAX_TITLE) {
			problem(row, SuggestionWorkbook.TITLE, "suggestions.io.error.tooLong", DraftSuggestion.MAX_TITLE, title.length());
		}
		if (body == null) {
			problem(row, SuggestionWorkbook.BODY, "suggestions.io.error.required");
		}
		else if (body.length() > MAX_BODY) {
			problem(row, SuggestionWorkbook.BODY, "suggestions.io.error.tooLong", MAX_BODY, body.length());
		}
		if (category == null) {
			problem(row, SuggestionWorkbook.CATEGORY, "suggestions.io.error.required");
		}
		else if (!categories.contains(category)) {
			problem(row, SuggestionWorkbook.CATEGORY, "suggestions.io.error.category", category, String.join("、", categories));
		}
		PersonId lead = lead(raw);
		List<PersonId> coSigners = coSigners(raw);
		LocalDate date = date(raw);
		Integer year = year(raw, date);
		if (problems.size() > before) {
			return;
		}
		String identity = lead.value() + "\u0000" + title;
		Integer first = seen.putIfAbsent(identity, row);
		if (first != null) {
			problem(row, "", "suggestions.io.error.duplicate", first);
			return;
		}
		entries.add(new Entry(row, lead, new SuggestionContent(title, body, category, year), coSigners, date));
	}

	private PersonId lead(SuggestionWorkbook.RawRow raw) {
		String name = raw.get(SuggestionWorkbook.LEAD);
		String idNumber = raw.get(SuggestionWorkbook.LEAD_ID);
		if (name == null && idNumber == null) {
			problem(raw.number(), SuggestionWorkbook.LEAD, "suggestions.io.error.required");
			return null;
		}
		ImportDeputies.Found found = idNumber != null ? deputies.find(name, ImportDeputies.normalize(idNumber)) : deputies.find(name);
		if (!found.ok()) {
			problem(raw.number(), idNumber != null ? SuggestionWorkbook.LEAD_ID : SuggestionWorkbook.LEAD,
					found.problemKey(), found.arg());
		}
		return found.person();
	}

	private List<PersonId> coSigners(SuggestionWorkbook.RawRow raw) {
		String text = raw.get(SuggestionWorkbook.CO_SIGNERS);
		List<PersonId> ids = new ArrayList<>();
		if (text == null) {
			return ids;
		}
		String[] keys = SEPARATORS.split(text);
		if (keys.length > MAX_CO_SIGNERS) {
			problem(raw.number(), SuggestionWorkbook.CO_SIGNERS, "suggestions.io.error.tooMany", MAX_CO_SIGNERS, keys.length);
			return ids;
		}
		for (String key : keys) {
			if (key.isBlank()) {
				continue;
			}
			ImportDeputies.Found found = deputies.find(ImportDeputies.normalize(key));
			if (found.ok()) {
				ids.add(found.person());
			}
			else {
				problem(raw.number(), SuggestionWorkbook.CO_SIGNERS, found.problemKey(), found.arg());
			}
		}
		return ids;
	}

	private LocalDate date(SuggestionWorkbook.RawRow raw) {
		String text = raw.get(SuggestionWorkbook.DATE);
		if (text == null) {
			problem(raw.number(), SuggestionWorkbook.DATE, "suggestions.io.error.required");
			return null;
		}
		Matcher m = DATE.matcher(text);
		if (!m.matches()) {
			problem(raw.number(), SuggestionWorkbook.DATE, "suggestions.io.error.dateFormat", text);
			return null;
		}
		try {
			LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
					Integer.parseInt(m.group(3)));
			if (date.isAfter(today) || date.getYear() < 1950) {
				problem(raw.number(), SuggestionWorkbook.DATE, "suggestions.io.error.dateRange", text, today);
				return null;
			}
			return date;
		}
		catch (DateTimeException e) {
			problem(raw.number(), SuggestionWorkbook.DATE, "suggestions.io.error.noSuchDate", text);
			return null;
		}
	}

	/** The session's year when the session names one, else the year of the date. */
	private Integer year(SuggestionWorkbook.RawRow raw, LocalDate date) {
		String session = raw.get(SuggestionWorkbook.SESSION);
		if (session == null) {
			return date == null ? null : date.getYear();
		}
		if (session.length() > MAX_SESSION) {
			problem(raw.number(), SuggestionWorkbook.SESSION, "suggestions.io.error.tooLong", MAX_SESSION, session.length());
			return null;
		}
		Matcher m = YEAR.matcher(session);
		int year = m.find() ? Integer.parseInt(m.group(1)) : date == null ? 0 : date.getYear();
		if (date != null && (year < date.getYear() - 1 || year > date.getYear())) {
			problem(raw.number(), SuggestionWorkbook.SESSION, "suggestions.io.error.sessionYear", year, date);
			return null;
		}
		return year == 0 ? null : year;
	}

	private void problem(int row, String column, String key, Object... args) {
		problems.add(ImportProblem.of(row, column, key, args));
	}
}
