package org.lvzhi.suggestions.io;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.lvzhi.platform.Page;
import org.lvzhi.platform.Spreadsheet;
import org.lvzhi.suggestions.Assignment;
import org.lvzhi.suggestions.Names;
import org.lvzhi.suggestions.Suggestion;
import org.lvzhi.suggestions.SuggestionId;
import org.lvzhi.suggestions.SuggestionListItem;
import org.lvzhi.suggestions.SuggestionQuery;
import org.lvzhi.suggestions.Suggestions;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a suggestion list as .xlsx: every suggestion the query finds, not only one page. The
 * caller scopes the query to what the reader may see.
 */
@Component
class SuggestionListExport {

	static final List<String> COLUMNS = List.of("number", "title", "category", "leadDeputy", "coSigners", "state",
			"leadUnit", "coUnits", "assignedOn", "answerDue", "answeredOn", "answerCategory", "rating", "key",
			"closedOn");

	private static final int BATCH = 200;

	private final Suggestions suggestions;
	private final Names names;
	private final MessageSource messages;

	SuggestionListExport(Suggestions suggestions, Names names, MessageSource messages) {
		this.suggestions = suggestions;
		this.names = names;
		this.messages = messages;
	}

	@Transactional(readOnly = true)
	void write(SuggestionQuery query, Locale locale, OutputStream out) {
		IoLabels labels = new IoLabels(messages, locale);
		Names.Lookup lookup = names.lookup();
		List<String> headers = COLUMNS.stream().map(c -> labels.text("suggestions.io.column." + c)).toList();
		try (Spreadsheet sheet = new Spreadsheet(labels.text("suggestions.io.sheet"), headers)) {
			for (int page = 1;; page++) {
				Page<SuggestionListItem> found = suggestions.find(query, page, BATCH);
				for (SuggestionListItem item : found.items()) {
					suggestions.get(new SuggestionId(item.id())).ifPresent(s -> sheet.row(row(s, lookup, labels)));
				}
				if ((long) page * BATCH >= found.total() || found.items().isEmpty()) {
					break;
				}
			}
			sheet.writeTo(out);
		}
	}

	private static Object[] row(Suggestion s, Names.Lookup names, IoLabels labels) {
		List<Assignment> standing = s.standingAssignments();
		String answering = units(standing.stream().filter(a -> a.role().answers()).toList(), names);
		String co = units(standing.stream().filter(a -> !a.role().answers()).toList(), names);
		String categories = s.latestAnswers().stream().map(a -> a.category().name()).distinct().sorted()
			.collect(Collectors.joining("、"));
		return new Object[] { s.number(), s.title(), s.category(), names.person(s.leadDeputy().value()),
				names.persons(s.coSigners()), labels.state(s.state()), answering, co, s.assignedOn(), s.answerDue(),
				s.answeredOn(), categories, s.latestFeedback().map(f -> labels.rating(f.rating())).orElse(""),
				labels.yesNo(s.key()), s.closedOn() };
	}

	private static String units(List<Assignment> assignments, Names.Lookup names) {
		return assignments.stream().map(a -> names.unit(a.organizationId())).collect(Collectors.joining("、"));
	}
}
