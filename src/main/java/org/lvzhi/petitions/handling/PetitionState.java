package org.lvzhi.petitions.handling;

/**
 * Where a petition stands. Registered → routed (in handling, or not accepted) → replied → review
 * requested and decided → re-review requested and decided → final. 督办 is a mark, not a state.
 */
public enum PetitionState {
	REGISTERED, HANDLING, NOT_ACCEPTED, REPLIED, UNDER_REVIEW, REVIEWED, UNDER_RE_REVIEW, FINAL;

	/** Nothing more happens to the matter. */
	public boolean closed() {
		return this == NOT_ACCEPTED || this == FINAL;
	}
}
