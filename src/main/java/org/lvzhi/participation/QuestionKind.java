package org.lvzhi.participation;

/** What a question asks for; message keys {@code participation.kind.<KIND>}. */
public enum QuestionKind {
	/** One of the options. */
	SINGLE,
	/** Any number of the options. */
	MULTIPLE,
	/** A point on a scale, 1–5 or 1–10. */
	SCALE,
	/** Each of several items (the options) rated on one scale. */
	MATRIX,
	/** A number, within a range when one is set. */
	NUMBER,
	/** A line of text. */
	SHORT_TEXT,
	/** A paragraph. */
	LONG_TEXT;

	/** Whether answers are options of the question (and so can be counted, filtered and cross-tabulated). */
	public boolean isChoice() {
		return this == SINGLE || this == MULTIPLE;
	}

	public boolean isScale() {
		return this == SCALE || this == MATRIX;
	}

	public boolean isText() {
		return this == SHORT_TEXT || this == LONG_TEXT;
	}
}
