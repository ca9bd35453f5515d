package org.lvzhi.meetings;

import java.util.List;

/** What a ballot offers: approval (赞成 / 反对 / 弃权) or a satisfaction vote (满意 / 基本满意 / 不满意). */
public enum BallotForm {
	APPROVAL(List.of("YES", "NO", "ABSTAIN")),
	SATISFACTION(List.of("SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED"));

	private final List<String> choices;

	BallotForm(List<String> choices) {
		this.choices = choices;
	}

	/** The choices in the order a ballot lists them; message keys {@code meetings.choice.<choice>}. */
	public List<String> choices() {
		return choices;
	}
}
