package org.lvzhi.platform;

import java.util.List;

/**
 * Tables a module only ever inserts into and reads: on PostgreSQL the application's runtime role is
 * granted INSERT and SELECT on them and nothing else ({@link DatabaseRoles}). Declare one as a bean.
 */
public record AppendOnlyTables(List<String> names) {

	public AppendOnlyTables {
		names = List.copyOf(names);
	}
}
