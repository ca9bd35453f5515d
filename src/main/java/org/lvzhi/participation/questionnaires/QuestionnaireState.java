package org.lvzhi.participation.questionnaires;

/** Where a questionnaire stands; message keys {@code participation.state.<STATE>}. */
public enum QuestionnaireState {
	/** Being written; nobody outside the office sees it. */
	DRAFT,
	/** Published for a period; answers come in while the period lasts. */
	PUBLISHED,
	/** Closed early by the office, or replaced by a new version. */
	CLOSED
}
