package org.lvzhi.dutyrecords;

import org.lvzhi.directory.DeputyLevel;
import org.lvzhi.directory.OrganizationId;

/**
 * The deputies ranked against each other: those holding a seat of one level, or the members of one
 * body (a delegation, a deputy group, a congress). Written in links as {@code level:MUNICIPAL} or
 * {@code body:42}.
 */
record DutyGroup(DeputyLevel level, OrganizationId body) {

	static DutyGroup parse(String key) {
		if (key == null || key.isBlank()) {
			return new DutyGroup(DeputyLevel.MUNICIPAL, null);
		}
		try {
			if (key.startsWith("level:")) {
				return new DutyGroup(DeputyLevel.valueOf(key.substring(6)), null);
			}
			if (key.startsWith("body:")) {
				return new DutyGroup(null, new OrganizationId(Long.parseLong(key.substring(5))));
			}
		}
		catch (IllegalArgumentException e) {
			// falls through to the refusal below
		}
		throw new DutyRecordsException("dutyrecords.ranking.error.group");
	}

	String key() {
		return level != null ? "level:" + level.name() : "body:" + body.value();
	}
}
