package org.lvzhi.accounts;

/**
 * Gives an installation without an administrator its first one by other means than the setup
 * page, on this start: the demo world does, with its published accounts. While any source says
 * so, no setup token is issued and the setup page stays closed.
 */
public interface FirstAdministratorSource {

	/** Whether this source opens (or, after an interrupted load, will open) the first administrator. */
	boolean opensFirstAdministrator();
}
