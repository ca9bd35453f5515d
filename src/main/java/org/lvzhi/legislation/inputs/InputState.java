package org.lvzhi.legislation.inputs;

/** Where a legislative input from a liaison station stands in the commission's inbox. */
enum InputState {
	/** In the inbox, not yet dealt with. */
	NEW,
	/** Taken up for a legislative project: a comment on its draft when one was open for comment. */
	TAKEN,
	/** Answered with a note and nothing more. */
	ANSWERED
}
