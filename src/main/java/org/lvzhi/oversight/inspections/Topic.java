package org.lvzhi.oversight.inspections;

/**
 * The report's classification of an inspection. The annual report gives figures for the food and
 * drug inspection and the business-environment inspection by name; every other inspection is
 * {@link #OTHER}.
 */
public enum Topic {
	FOOD_DRUG, BUSINESS_ENVIRONMENT, OTHER
}
