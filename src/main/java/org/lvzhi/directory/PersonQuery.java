package org.lvzhi.directory;

/**
 * Criteria of the person list; every field is optional. The level, body, role and term filters
 * look at memberships, and the status says whether those memberships must last today
 * ({@link MembershipStatus#CURRENT}) or have ended ({@link MembershipStatus#ENDED}).
 *
 * @param name a part of the name
 * @param level persons holding a deputy seat of this level
 * @param organizationId persons with a membership of this body
 */
public record PersonQuery(String name, DeputyLevel level, OrganizationId organizationId, MembershipRole role,
		Integer term, MembershipStatus status) {

	public PersonQuery {
		if (status == null) {
			status = MembershipStatus.ALL;
		}
	}

	public static PersonQuery all() {
		return new PersonQuery(null, null, null, null, null, MembershipStatus.ALL);
	}
}
