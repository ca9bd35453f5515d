/**
 * The directory of persons, bodies and their memberships (the Popolo model: a membership with a
 * leading role is a body's post): the standing committee and its organs, the bodies under
 * oversight, the congresses of all five levels and their deputies. Other modules refer to its
 * records by {@link org.lvzhi.directory.PersonId} and {@link org.lvzhi.directory.OrganizationId},
 * read them through {@link org.lvzhi.directory.Directory}, and turn what was typed or picked in a
 * picker field into records with {@link org.lvzhi.directory.Picker}.
 *
 * <p>This package holds what other modules use: ids, views and queries, the enums those carry, the
 * commands the demo, tests and other modules call ({@code RegisterPerson}, {@code CreateOrganization},
 * {@code AddMembership}, {@code EndMembership}, {@code ImportRoster}) and {@link org.lvzhi.directory.PickSource}, which a
 * module implements to offer picker choices the directory does not hold. The rest is internal:
 * {@code persons}, {@code organizations} and {@code memberships} (pages, edits, storage and search),
 * {@code roster} (the .xlsx roster import and its template), {@code popolo} (the Popolo JSON export),
 * {@code picking} (the picker's pages), {@code figures} (the published deputy counts), {@code web}
 * (navigation and who may do what) and {@code internal} (reads shared by these).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory")
package org.lvzhi.directory;
