package org.lvzhi.suggestions;

import org.lvzhi.platform.DomainException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** A suggestion request refused by a rule, with a message key the user reads. */
public class SuggestionException extends DomainException {

	public SuggestionException(String messageKey, Object... args) {
		super(messageKey, args);
	}

	/** The move is not allowed in the suggestion's current state. */
	static SuggestionException illegalMove(SuggestionState state, String action) {
		return new SuggestionException("suggestions.error.illegalMove",
				new DefaultMessageSourceResolvable("suggestions.state." + state),
				new DefaultMessageSourceResolvable("suggestions.action." + action));
	}

	/** {@code text} stripped, refused with {@code key} when blank. */
	static String requireText(String text, String key) {
		if (text == null || text.isBlank()) {
			throw new SuggestionException(key);
		}
		return text.strip();
	}
}
