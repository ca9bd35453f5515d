package org.lvzhi.search;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * What a module hands to the search index for one record.
 *
 * @param type the kind of record, e.g. {@code suggestion}; each type is searched separately
 * @param id the record's ID within its module
 * @param title searched, weighted above the body
 * @param body the searchable text (for a suggestion: its text and its answers)
 * @param facets exact-match fields for filters and routing hints, e.g. {@code state=ANSWERED},
 *     {@code leadUnit=42}, {@code year=2023}; a facet may hold several values
 * @param date the record's date, for sorting and date filters, may be {@code null}
 * @param readers who may see the record in results: scope keys such as {@code public},
 *     {@code staff}, {@code office:DEPUTY_AFFAIRS}, {@code admin}, {@code org:42}, {@code person:7}, {@code account:3}; results are filtered by
 *     the reader's keys (see {@link DocumentSource#readerKeys}); personal data of constituents, commenters and
 *     petitioners never go into a document at all
 */
public record SearchDocument(String type, String id, String title, String body, Map<String, Set<String>> facets,
		LocalDate date, Set<String> readers) {

	/**
	 * The facet every type should carry for the search box's filters: the record's year (the year
	 * of its date, or of its session), e.g. {@code 2023}.
	 */
	public static final String YEAR = "year";

	/**
	 * The facet naming the body concerned (a directory organization's ID as text, e.g. the handling
	 * unit or the committee in charge); several values allowed.
	 */
	public static final String ORG = "org";

	/**
	 * The facet holding the record's state (its enum name, e.g. {@code ANSWERED}); the module names
	 * the values with a {@link FacetLabels} for its type and this facet.
	 */
	public static final String STATE = "state";

	/** Readable by everybody, signed in or not. */
	public static final String PUBLIC = "public";

	/** Readable by the committee's staff and administrators. */
	public static final String STAFF = "staff";

	/** Readable by administrators, who see every office's records. */
	public static final String ADMIN = "admin";

	/**
	 * The key of the staff of one office (the office code of their accounts, e.g.
	 * {@code DEPUTY_AFFAIRS}), for records only that office's pages show; add {@link #ADMIN} for the
	 * administrators, who hold no office.
	 */
	public static String officeReader(String officeCode) {
		return "office:" + officeCode;
	}

	/**
	 * Readable by the standing committee's members (accounts with the member role and their
	 * directory person), for records every member reads, such as the oversight records they
	 * deliberate; unlike their person keys it follows the role, so a deputy's account of a person
	 * who also sits on the committee does not hold it, and a new member holds it at once.
	 */
	public static final String MEMBERS = "members";

	/** The key of a handling unit's accounts (directory organization ID). */
	public static String orgReader(long organizationId) {
		return "org:" + organizationId;
	}

	/** The key of a deputy's or committee member's account (directory person ID). */
	public static String personReader(long personId) {
		return "person:" + personId;
	}


	/** The key of one account, for records only their owner may find (e.g. a questionnaire's answers). */
	public static String accountReader(long accountId) {
		return "account:" + accountId;
	}
}
