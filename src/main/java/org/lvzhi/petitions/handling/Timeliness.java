package org.lvzhi.petitions.handling;

/**
 * Whether a petition kept its periods (信访工作条例 art. 31, 35): the office routed it within the
 * routing period and the body replied within the handling period.
 */
public enum Timeliness {
	/** Every step taken so far was in time, and the running period has not passed. */
	IN_TIME,
	/** A step was taken after its period ended. */
	LATE,
	/** Still open, and the running period has passed. */
	OVERDUE;

	/**
	 * The timeliness of row {@code p} on {@code :today}, as SQL, for counting and filtering alike
	 * (the running deadline is null once the matter waits for nobody).
	 */
	static final String SQL = "CASE WHEN (" + PetitionList.DUE + ") < :today THEN 'OVERDUE'"
			+ " WHEN p.routed_on > p.route_due OR p.replied_on > p.handling_due THEN 'LATE' ELSE 'IN_TIME' END";
}
