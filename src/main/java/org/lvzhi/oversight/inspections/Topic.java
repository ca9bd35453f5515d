package org.lvzhi.oversight.inspections;

import org.springframework.modulith.NamedInterface;

/**
 * The report's classification of an inspection. The annual report gives figures for the food and
 * drug inspection and the business-environment inspection by name; every other inspection is
 * {@link #OTHER}.
 */
@NamedInterface("inspections")
public enum Topic {
	FOOD_DRUG, BUSINESS_ENVIRONMENT, OTHER
}
