package org.lvzhi.participation.questionnaires;

import org.lvzhi.platform.DomainException;

/** A refusal by a rule of questionnaires, with its message key ({@code participation.error.*}). */
public class ParticipationException extends DomainException {

	public ParticipationException(String messageKey, Object... args) {
		super(messageKey, args);
	}
}
