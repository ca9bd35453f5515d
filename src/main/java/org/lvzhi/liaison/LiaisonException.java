package org.lvzhi.liaison;

import org.lvzhi.platform.DomainException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** A liaison request refused by a rule, with a message key the user reads. */
public class LiaisonException extends DomainException {

	public LiaisonException(String messageKey, Object... args) {
		super(messageKey, args);
	}

	/** The move is not allowed in the opinion's current state. */
	static LiaisonException illegalMove(OpinionState state, String move) {
		return new LiaisonException("liaison.error.illegalMove",
				new DefaultMessageSourceResolvable("liaison.opinion.state." + state),
				new DefaultMessageSourceResolvable("liaison.move." + move));
	}
}
