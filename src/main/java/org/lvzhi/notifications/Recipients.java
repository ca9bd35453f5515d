package org.lvzhi.notifications;

/**
 * Builds the recipient keys of {@link NotificationRequested}, so that publishers need not spell them.
 */
public final class Recipients {

	private Recipients() {
	}

	/** One account. */
	public static String account(long accountId) {
		return "account:" + accountId;
	}

	/** The account of a deputy or committee member of the directory. */
	public static String person(long personId) {
		return "person:" + personId;
	}

	/** Every account of a handling unit (an organization of the directory). */
	public static String organization(long organizationId) {
		return "org:" + organizationId;
	}

	/** Every staff account of an office, e.g. {@code DEPUTY_AFFAIRS}. */
	public static String office(String officeCode) {
		return "office:" + officeCode;
	}

	/** Every account of a role, e.g. {@link org.lvzhi.platform.Roles#ADMIN}. */
	public static String role(String role) {
		return "role:" + role;
	}
}
