package org.lvzhi.accounts;

/**
 * The roles of Lvzhi; see {@link org.lvzhi.platform.Roles} for the names used in security rules.
 */
public enum Role {
	ADMIN, STAFF, MEMBER, DEPUTY, UNIT, PUBLIC
}
