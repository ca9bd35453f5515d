/**
 * The directory of persons, bodies, memberships and posts (the Popolo model): the standing
 * committee and its organs, the bodies under oversight, congresses and deputies of all five levels.
 * Other modules refer to its records by {@link org.lvzhi.directory.PersonId} and
 * {@link org.lvzhi.directory.OrganizationId} and read them through {@link org.lvzhi.directory.Directory}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory")
package org.lvzhi.directory;
