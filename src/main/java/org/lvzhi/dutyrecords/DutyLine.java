package org.lvzhi.dutyrecords;

import java.time.LocalDate;

/** An entry about to be written for one deputy, before it has an ID. */
record DutyLine(long personId, DutyKind kind, LocalDate occurredOn, int quantity, String reference, String title) {
}
