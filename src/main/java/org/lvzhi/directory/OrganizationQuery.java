package org.lvzhi.directory;

/**
 * Criteria of the body list; every field is optional.
 *
 * @param name a part of the name
 * @param parentId bodies directly under this one
 */
public record OrganizationQuery(String name, Classification classification, DeputyLevel level,
		OrganizationId parentId) {

	public static OrganizationQuery all() {
		return new OrganizationQuery(null, null, null, null);
	}
}
