package org.lvzhi.reporting.annual;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report's text as the office writes it: one paragraph per line, headings marked with {@code #},
 * {@code ##} and {@code ###} for the three levels of an official document, and figure fields written
 * as {@code {key}} (召开常委会会议{sc_sessions}次). {@code {year}} and {@code {next_year}} stand for the
 * report's year and the one after it. Plain text on purpose: staff type it in a text area, and
 * a revision compares line by line.
 */
record ReportText(List<Block> blocks) {

	static final String YEAR = "year";
	static final String NEXT_YEAR = "next_year";

	private static final Pattern FIELD = Pattern.compile("\\{([a-z][a-z0-9_]{0,79})\\}");

	/** A heading (level 1–3) or a paragraph (level 0). */
	record Block(int level, List<Segment> segments) {

		boolean heading() {
			return level > 0;
		}
	}

	/** Prose, or a figure field when {@code key} is set. */
	record Segment(String text, String key) {

		static Segment prose(String text) {
			return new Segment(text, null);
		}

		static Segment field(String key) {
			return new Segment(null, key);
		}

		boolean field() {
			return key != null;
		}
	}

	static ReportText parse(String body) {
		List<Block> blocks = new ArrayList<>();
		if (body == null) {
			return new ReportText(blocks);
		}
		for (String raw : body.split("\\R")) {
			String line = raw.strip();
			if (line.isEmpty()) {
				continue;
			}
			int level = 0;
			while (level < line.length() && level < 3 && line.charAt(level) == '#') {
				level++;
			}
			String text = level > 0 ? line.substring(level).strip() : line;
			if (text.isEmpty()) {
				continue;
			}
			blocks.add(new Block(level, segments(text)));
		}
		return new ReportText(blocks);
	}

	private static List<Segment> segments(String text) {
		List<Segment> segments = new ArrayList<>();
		Matcher m = FIELD.matcher(text);
		int at = 0;
		while (m.find()) {
			if (m.start() > at) {
				segments.add(Segment.prose(text.substring(at, m.start())));
			}
			segments.add(Segment.field(m.group(1)));
			at = m.end();
		}
		if (at < text.length()) {
			segments.add(Segment.prose(text.substring(at)));
		}
		return segments;
	}

	/** The figure keys the text uses, in the order they first appear, without the year fields. */
	Set<String> keys() {
		Set<String> keys = new LinkedHashSet<>();
		for (Block b : blocks) {
			for (Segment s : b.segments()) {
				if (s.field() && !s.key().equals(YEAR) && !s.key().equals(NEXT_YEAR)) {
					keys.add(s.key());
				}
			}
		}
		return keys;
	}
}
