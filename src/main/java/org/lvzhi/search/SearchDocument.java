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
 *     {@code staff}, {@code org:42}, {@code person:7}; results are filtered by the reader's keys
 */
public record SearchDocument(String type, String id, String title, String body, Map<String, Set<String>> facets,
		LocalDate date, Set<String> readers) {
}
