package org.lvzhi.platform;

/**
 * A request refused by a business rule. It carries a message key and its arguments so that the
 * user reads the reason in the user's own language.
 */
public class DomainException extends RuntimeException {

	private final String messageKey;
	private final transient Object[] args;

	public DomainException(String messageKey, Object... args) {
		super(messageKey);
		this.messageKey = messageKey;
		this.args = args;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] args() {
		return args.clone();
	}
}
