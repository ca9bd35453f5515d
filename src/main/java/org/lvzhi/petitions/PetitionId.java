package org.lvzhi.petitions;

/** A petition (信访事项), as other modules refer to it. */
public record PetitionId(long value) {

	@Override
	public String toString() {
		return String.valueOf(value);
	}
}
