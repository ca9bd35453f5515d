package org.lvzhi.legislation.internal;

import java.util.List;

import org.lvzhi.legislation.LegislationException;
import org.lvzhi.legislation.text.Unit;

/** Checks shared by every form of the module that takes free text: comments online and offline, answers, notes. */
public final class Texts {

	/** The longest comment body taken, online or offline. */
	public static final int MAX_BODY = 2000;

	private Texts() {
	}

	public static String body(String body) {
		String text = body == null ? "" : body.strip();
		if (text.isEmpty()) {
			throw new LegislationException("process.comment.bodyMissing");
		}
		if (text.length() > MAX_BODY) {
			throw new LegislationException("process.comment.bodyTooLong", MAX_BODY);
		}
		return text;
	}

	/** The stripped value cut to {@code max} characters, or {@code null} when blank. */
	public static String optional(String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String v = value.strip();
		return v.length() > max ? v.substring(0, max) : v;
	}

	/** The label of the article at {@code seq}, refusing a place that is not an article of these units. */
	public static String articleLabel(List<Unit> units, Integer seq) {
		if (seq == null) {
			return null;
		}
		if (seq < 0 || seq >= units.size() || !units.get(seq).isArticle()) {
			throw new LegislationException("process.comment.articleUnknown");
		}
		return units.get(seq).label();
	}
}
