package org.lvzhi.reporting;

import java.time.LocalDate;

/**
 * A record counted in a figure, as the public may see it.
 *
 * @param id the record's ID within its module
 * @param title what the record is (no personal data beyond what is public anyway)
 * @param date the record's date relevant to the figure, may be {@code null}
 * @param link the public or staff page of the record, may be {@code null}
 */
public record FigureRecord(String id, String title, LocalDate date, String link) {
}
