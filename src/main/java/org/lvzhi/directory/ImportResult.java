package org.lvzhi.directory;

import java.util.List;

/**
 * The outcome of a roster import: either every row was imported (added + updated), or nothing
 * was and the errors say why, row by row.
 */
public record ImportResult(int added, int updated, List<RosterError> errors) {

	public static ImportResult rejected(List<RosterError> errors) {
		return new ImportResult(0, 0, List.copyOf(errors));
	}

	public boolean accepted() {
		return errors.isEmpty();
	}
}
