package org.lvzhi.platform.opendata;

/**
 * A query parameter of an API call that cannot be used: answered with 400 and a problem that
 * names the parameter.
 */
public class BadParameter extends RuntimeException {

	private final String parameter;
	private final String value;

	public BadParameter(String parameter, String value) {
		super("bad parameter " + parameter);
		this.parameter = parameter;
		this.value = value;
	}

	public static BadParameter of(String parameter, Object value) {
		return new BadParameter(parameter, String.valueOf(value));
	}

	public String parameter() {
		return parameter;
	}

	public String value() {
		return value;
	}
}
