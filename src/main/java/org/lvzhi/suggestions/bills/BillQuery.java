package org.lvzhi.suggestions.bills;

/**
 * Criteria of a bill list; every field is optional.
 *
 * @param deputy bills this deputy leads or was asked to sign
 * @param organ bills handed to this organ
 */
record BillQuery(BillState state, Integer year, String text, Long deputy, Long organ) {

	static BillQuery all() {
		return new BillQuery(null, null, null, null, null);
	}
}
