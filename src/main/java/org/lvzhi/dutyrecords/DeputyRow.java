package org.lvzhi.dutyrecords;

import java.math.BigDecimal;
import java.util.List;

import org.lvzhi.directory.PersonId;

/** A line of the office's deputy list: who, the bodies she belongs to, her totals and score for the year. */
record DeputyRow(PersonId id, String name, List<String> bodies, DutyTotals totals, BigDecimal score) {
}
