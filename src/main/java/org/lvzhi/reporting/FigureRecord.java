package org.lvzhi.reporting;

import java.time.LocalDate;

/**
 * A record counted in a figure.
 *
 * @param id the record's ID within its module
 * @param title what the record is (no personal data beyond what is public anyway); when it holds a
 *     constituent's matter it is shown only to readers the figure's module lets open the record
 * @param date the record's date relevant to the figure, may be {@code null}
 * @param link the record's page, may be {@code null}
 * @param publicLink whether {@code link} is a public page everybody may open; a page for signed-in
 *     readers is linked only for those its module lets in ({@link Figure#mayOpen})
 * @param publicTitle what everybody else sees instead of {@code title}: a neutral label (the
 *     station and the date, the inspection, the number) that names no person and no one's matter;
 *     the same as {@code title} when the title is public
 */
public record FigureRecord(String id, String title, LocalDate date, String link, boolean publicLink,
		String publicTitle) {

	/** A record with a public title. */
	public FigureRecord(String id, String title, LocalDate date, String link, boolean publicLink) {
		this(id, title, date, link, publicLink, title);
	}

	/** A record whose page, if any, is not public, with a public title. */
	public FigureRecord(String id, String title, LocalDate date, String link) {
		this(id, title, date, link, false);
	}

	/** A record with a public page. */
	public static FigureRecord onPublicPage(String id, String title, LocalDate date, String link) {
		return new FigureRecord(id, title, date, link, link != null);
	}

	/**
	 * A record whose title is someone's matter (a constituent's opinion, a problem found at a
	 * site): the title only for readers who may open the record, the neutral label for everybody else.
	 */
	public static FigureRecord withheld(String id, String title, String publicTitle, LocalDate date, String link) {
		return new FigureRecord(id, title, date, link, false, publicTitle);
	}

	/** Whether the title is shown only to readers who may open the record. */
	public boolean titleWithheld() {
		return !java.util.Objects.equals(title, publicTitle);
	}
}
