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
}
