package org.lvzhi.suggestions;

/** The deputy's rating of an answer. */
public enum Rating {
	SATISFIED, BASICALLY_SATISFIED, DISSATISFIED
}
