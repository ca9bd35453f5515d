package org.lvzhi.legislation;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a legislative project stands, from drafting to the evaluation after it took effect. The
 * allowed moves are listed here once, so that the workflow, the pages and the tests agree. A
 * regulation of a city with districts needs the provincial standing committee's approval before
 * promulgation, and is filed after it (立法法 article 81, DESIGN.md §3).
 */
public enum ProjectStatus {
	/** 起草中 */
	DRAFTING,
	/** 已提请审议: the text submitted is stored, the first reading not yet held */
	UNDER_READING,
	/** 一审 */
	FIRST_READING,
	/** 公开征求意见 */
	PUBLIC_COMMENT,
	/** 二审 */
	SECOND_READING,
	/** 三审 */
	THIRD_READING,
	/** 表决通过, awaiting the province's approval */
	PASSED,
	/** 表决未通过 */
	VOTE_FAILED,
	/** 省人大常委会批准 */
	APPROVED,
	/** 已公布 */
	PROMULGATED,
	/** 已备案 */
	FILED,
	/** 已施行 */
	IN_FORCE,
	/** 已开展立法后评估 */
	EVALUATED,
	/** 已搁置 */
	SHELVED,
	/** 已撤回 */
	WITHDRAWN,
	/** 已终止: shelved for two years, the bill is no longer deliberated (立法法 article 45, DESIGN.md §3) */
	TERMINATED;

	private static final Set<ProjectStatus> BEFORE_VOTE = EnumSet.of(DRAFTING, UNDER_READING, FIRST_READING,
			PUBLIC_COMMENT, SECOND_READING, THIRD_READING);

	/** No more texts are taken. */
	public boolean isClosed() {
		return !BEFORE_VOTE.contains(this);
	}

	/** Passed by the standing committee, whatever happened afterwards. */
	public boolean isPassed() {
		return EnumSet.of(PASSED, APPROVED, PROMULGATED, FILED, IN_FORCE, EVALUATED).contains(this);
	}

	/** The vote may be taken after the second reading at the earliest (three readings are the rule, two when agreed). */
	public boolean mayVote() {
		return this == SECOND_READING || this == THIRD_READING;
	}

	/** The ordinary moves, by the reading or decision that follows; the vote has its own use case. */
	public Set<ProjectStatus> next() {
		return switch (this) {
			case DRAFTING, UNDER_READING -> EnumSet.of(FIRST_READING, SHELVED, WITHDRAWN);
			case FIRST_READING -> EnumSet.of(PUBLIC_COMMENT, SECOND_READING, SHELVED, WITHDRAWN);
			case PUBLIC_COMMENT -> EnumSet.of(SECOND_READING, SHELVED, WITHDRAWN);
			case SECOND_READING -> EnumSet.of(THIRD_READING, SHELVED, WITHDRAWN);
			case THIRD_READING -> EnumSet.of(SHELVED, WITHDRAWN);
			case PASSED -> EnumSet.of(APPROVED);
			case APPROVED -> EnumSet.of(PROMULGATED);
			case PROMULGATED -> EnumSet.of(FILED);
			case FILED -> EnumSet.of(IN_FORCE);
			case IN_FORCE -> EnumSet.of(EVALUATED);
			case VOTE_FAILED -> EnumSet.of(SHELVED, WITHDRAWN);
			case SHELVED -> EnumSet.of(DRAFTING);
			case EVALUATED, WITHDRAWN, TERMINATED -> EnumSet.noneOf(ProjectStatus.class);
		};
	}
}
