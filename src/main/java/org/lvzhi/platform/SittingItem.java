package org.lvzhi.platform;

import java.time.LocalDate;

/**
 * One piece of the standing committee's business as its owning module knows it: a work report on
 * the agenda of a sitting, a draft awaiting its next reading, an inquiry, a vote, an evaluation.
 * Committee members see these on their home page; nothing in it may name a private person.
 *
 * @param date the sitting it is scheduled for or was dealt at, or when it happened; {@code null}
 *     for business waiting to be scheduled
 * @param atSitting whether {@code date} is the day of a standing committee sitting (a report
 *     deliberated, a reading held), rather than a day of the office's or a council's work
 * @param kindKey message key of what it is (专项工作报告, 法规草案 …)
 * @param title the record's title
 * @param statusKey message key of where it stands or what was decided
 * @param link the page a member reads it on
 */
public record SittingItem(LocalDate date, boolean atSitting, String kindKey, String title, String statusKey,
		String link) {
}
