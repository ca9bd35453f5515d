package org.lvzhi.suggestions;

/** The three contacts with the deputy (三见面). */
public enum ContactStage {
	BEFORE_HANDLING, DURING_HANDLING, BEFORE_ANSWERING
}
