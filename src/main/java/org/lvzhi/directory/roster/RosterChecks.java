package org.lvzhi.directory.roster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lvzhi.directory.IdCardNumber;
import org.lvzhi.directory.RosterError;
import org.lvzhi.directory.RosterRow;
import org.lvzhi.directory.internal.Texts;

/**
 * The checks a program-built roster gets that a parsed file has already passed: required values,
 * valid and unique ID numbers.
 */
public final class RosterChecks {

	private RosterChecks() {
	}

	public static void check(List<RosterParser.Numbered> rows, List<RosterError> errors) {
		Map<String, Integer> seen = new HashMap<>();
		for (RosterParser.Numbered numbered : rows) {
			RosterRow row = numbered.row();
			int n = numbered.number();
			if (!Texts.present(row.name())) {
				errors.add(new RosterError(n, RosterColumns.NAME, "directory.import.error.required", RosterColumns.NAME));
			}
			if (row.level() == null) {
				errors.add(new RosterError(n, RosterColumns.LEVEL, "directory.import.error.required", RosterColumns.LEVEL));
			}
			String id = IdCardNumber.normalize(row.idNumber());
			if (!IdCardNumber.isValid(id)) {
				errors.add(new RosterError(n, RosterColumns.ID_NUMBER, "directory.import.error.idNumberInvalid",
						String.valueOf(id)));
			}
			else if (seen.putIfAbsent(id, n) != null) {
				errors.add(new RosterError(n, RosterColumns.ID_NUMBER, "directory.import.error.idNumberDuplicate", id,
						seen.get(id)));
			}
		}
	}
}
