package org.lvzhi.oversight;

/**
 * The rule of a satisfaction vote on a work report (DESIGN §3): 满意 when the 满意 ballots reach half
 * of all members of the standing committee; 基本满意 when 满意 and 基本满意 together reach that half;
 * otherwise 不满意. Half of all members, not of those who voted: absent members count against.
 */
public final class VoteOutcome {

	private VoteOutcome() {
	}

	public static Satisfaction of(long satisfied, long basicallySatisfied, int allMembers) {
		if (allMembers < 1) {
			throw new OversightException("oversight.error.noMembers");
		}
		// "≥ half" without rounding: 2 × votes ≥ members, exact for odd numbers of members too.
		if (2 * satisfied >= allMembers) {
			return Satisfaction.SATISFIED;
		}
		if (2 * (satisfied + basicallySatisfied) >= allMembers) {
			return Satisfaction.BASICALLY_SATISFIED;
		}
		return Satisfaction.DISSATISFIED;
	}
}
