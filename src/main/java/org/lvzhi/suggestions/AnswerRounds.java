package org.lvzhi.suggestions;

/**
 * A suggestion is answered at most so many times ({@code lvzhi.suggestions.rounds}): after the last
 * round a dissatisfied deputy cannot have it reopened.
 */
record AnswerRounds(int maximum) {

	void requireAnotherAfter(int round) {
		if (round >= maximum) {
			throw new SuggestionException("suggestions.error.noMoreRounds", maximum);
		}
	}
}
