package org.lvzhi.dutyrecords;

import java.math.BigDecimal;

import org.lvzhi.directory.PersonId;

/** A deputy's place in her group's ranking: equal scores share a rank (1, 2, 2, 4 …). */
record RankedDeputy(int rank, PersonId person, String name, DutyTotals totals, BigDecimal score) {
}
