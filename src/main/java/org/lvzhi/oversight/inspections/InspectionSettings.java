package org.lvzhi.oversight.inspections;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The periods of a law-enforcement inspection's problem list ({@code lvzhi.inspections.*}, decision
 * 13); a province's own inspection rules may set others.
 *
 * @param assignDays a problem found is assigned to its responsible unit within this many days (10)
 * @param rectifyMonths the unit reports its rectification within this many months of the assignment (3)
 * @param redoMonths a rejected or unfixed rectification gets this many months more (1)
 */
@ConfigurationProperties("lvzhi.inspections")
record InspectionSettings(Integer assignDays, Integer rectifyMonths, Integer redoMonths) {

	InspectionSettings {
		assignDays = assignDays == null || assignDays < 1 ? 10 : assignDays;
		rectifyMonths = rectifyMonths == null || rectifyMonths < 1 ? 3 : rectifyMonths;
		redoMonths = redoMonths == null || redoMonths < 1 ? 1 : redoMonths;
	}
}
