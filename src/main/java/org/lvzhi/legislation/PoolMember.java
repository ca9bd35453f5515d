package org.lvzhi.legislation;

import java.time.LocalDate;

/** A member of the consultation pool; {@code grassroots} marks people working at the grassroots. */
record PoolMember(PoolMemberId id, String name, PoolRole role, String workplace, boolean grassroots, PoolStatus status,
		LocalDate joinedOn, LocalDate leftOn, String assessment, int version) {
}
