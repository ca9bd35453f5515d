package org.lvzhi.oversight;

/**
 * 满意 / 基本满意 / 不满意: a member's ballot on a work report, the result of that vote, and a
 * rater's score on a department or key task. Points are what an evaluation averages.
 */
public enum Satisfaction {
	SATISFIED(100),
	BASICALLY_SATISFIED(60),
	DISSATISFIED(0);

	private final int points;

	Satisfaction(int points) {
		this.points = points;
	}

	public int points() {
		return points;
	}

	public static Satisfaction ofPoints(int points) {
		for (Satisfaction s : values()) {
			if (s.points == points) {
				return s;
			}
		}
		throw new OversightException("oversight.error.score");
	}
}
