package org.lvzhi.dutyrecords;

import java.time.LocalDate;

import org.lvzhi.directory.PersonId;

/**
 * One line of a deputy's duty record.
 *
 * @param quantity how many the line counts (constituents received on a day; 1 for the other kinds)
 * @param sourceModule the module the line came from, e.g. {@code liaison}
 * @param sourceType the kind of record behind it, e.g. {@code reception-day}
 * @param reference the record's number where it has one (a suggestion's or bill's), else {@code null}
 * @param title what the line is about, without personal data of constituents
 */
public record DutyEntry(long id, PersonId person, DutyKind kind, LocalDate occurredOn, int quantity,
		String sourceModule, String sourceType, long sourceId, String reference, String title) {
}
