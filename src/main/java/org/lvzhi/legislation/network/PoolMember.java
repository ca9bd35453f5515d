package org.lvzhi.legislation.network;

import java.time.LocalDate;

import org.lvzhi.legislation.PoolMemberId;
import org.lvzhi.legislation.PoolRole;

/** A member of the consultation pool; {@code grassroots} marks people working at the grassroots. */
public record PoolMember(PoolMemberId id, String name, PoolRole role, String workplace, boolean grassroots, PoolStatus status,
		LocalDate joinedOn, LocalDate leftOn, String assessment, int version) {
}
