package org.lvzhi.directory;

import java.util.List;

/**
 * A line of the person list: who, and the bodies they currently belong to.
 */
public record PersonListItem(PersonId id, String name, Gender gender, String ethnicity, String occupation,
		List<String> currentBodies) {
}
