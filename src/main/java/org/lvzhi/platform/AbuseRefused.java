package org.lvzhi.platform;

/**
 * An anonymous form post held back by the abuse controls: too many from this client, a form shown
 * too long ago, a missing proof of work. The page shows the form again with what was typed.
 */
public class AbuseRefused extends DomainException {

	public AbuseRefused(String messageKey, Object... args) {
		super(messageKey, args);
	}
}
