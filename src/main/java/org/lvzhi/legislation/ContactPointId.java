package org.lvzhi.legislation;

/** Identifies a grassroots legislative contact point (基层立法联系点). */
public record ContactPointId(long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
