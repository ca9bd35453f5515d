package org.lvzhi.suggestions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that a move is refused for the reason the user will read. */
final class Refusals {

	private Refusals() {
	}

	static void refused(ThrowingCallable move, String messageKey) {
		assertThatThrownBy(move).isInstanceOfSatisfying(SuggestionException.class,
				e -> assertThat(e.messageKey()).isEqualTo(messageKey));
	}

	static void illegal(ThrowingCallable move) {
		refused(move, "suggestions.error.illegalMove");
	}
}
