package org.lvzhi.suggestions.handling;

import java.util.ArrayList;
import java.util.List;

import org.springframework.util.MultiValueMap;

/**
 * The posted meeting table: the columns {@code id}, {@code version}, {@code lead} and
 * {@code coHandling} repeat once per line, in order. Read raw because Spring would split a single
 * "12,13" into two values.
 */
record MeetingForm(List<Line> lines) {

	/** One posted line; {@code lead} blank leaves the suggestion for a later meeting. */
	record Line(String id, String version, String lead, String coHandling) {

		boolean chosen() {
			return lead != null && !lead.isBlank();
		}

		Long leadId() {
			return parse(lead);
		}

		Long suggestionId() {
			return parse(id);
		}

		Integer versionNumber() {
			Long v = parse(version);
			return v == null ? null : v.intValue();
		}

		private static Long parse(String s) {
			try {
				return s == null || s.isBlank() ? null : Long.valueOf(s.strip());
			}
			catch (NumberFormatException e) {
				return null;
			}
		}
	}

	static MeetingForm of(MultiValueMap<String, String> params) {
		List<String> ids = column(params, "id");
		List<String> versions = column(params, "version");
		List<String> leads = column(params, "lead");
		List<String> co = column(params, "coHandling");
		List<Line> lines = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			lines.add(new Line(ids.get(i), at(versions, i), at(leads, i), at(co, i)));
		}
		return new MeetingForm(lines);
	}

	private static List<String> column(MultiValueMap<String, String> params, String name) {
		List<String> values = params.get(name);
		return values == null ? List.of() : values;
	}

	private static String at(List<String> values, int i) {
		return i < values.size() ? values.get(i) : null;
	}
}
