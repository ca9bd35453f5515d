package org.lvzhi.platform.opendata;

/** An API call for a record or a key that does not exist, or is not public: answered with 404. */
public class NotFound extends RuntimeException {

	public NotFound(String what) {
		super(what);
	}
}
