package org.lvzhi.directory.picking;

/**
 * What a picker looks for, and for which forms. Each module's forms keep the path their pages call
 * ({@code /suggestions/pick/unit}, {@code /liaison/pick/station}, {@code /oversight/pick/body}), and
 * the kind says what that path lists.
 */
enum Kind {

	/** Handling units and other bodies, for the suggestion and bill forms. */
	UNIT,
	/** Special committees, to which bills are referred. */
	COMMITTEE,
	/** Municipal deputies, the co-signers of a suggestion or bill. */
	DEPUTY,
	/** Anyone in the directory (a supervising leader, a station's deputies). */
	PERSON,
	/** Liaison stations, from the liaison module ({@link org.lvzhi.directory.PickSource}). */
	STATION,
	/** Anyone in the directory, chosen by number (the inquiry forms' hidden field). */
	PERSON_BY_NUMBER,
	/** Any body, chosen by number (the inquiry forms' hidden field). */
	BODY_BY_NUMBER;

	/** The kind of a field that holds names, by the path the page calls. */
	static Kind named(String path) {
		return valueOf(path.toUpperCase());
	}

	/** The kind of an inquiry form's field, which holds a number. */
	static Kind byNumber(String path) {
		return path.equals("person") ? PERSON_BY_NUMBER : BODY_BY_NUMBER;
	}

	boolean byNumber() {
		return this == PERSON_BY_NUMBER || this == BODY_BY_NUMBER;
	}
}
