package org.lvzhi.directory;

import java.util.Optional;

/** Gender as recorded in rosters (男/女). */
public enum Gender {
	MALE("男"), FEMALE("女");

	private final String chinese;

	Gender(String chinese) {
		this.chinese = chinese;
	}

	public String chinese() {
		return chinese;
	}

	public static Optional<Gender> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String t = text.trim();
		for (Gender g : values()) {
			if (g.chinese.equals(t) || g.name().equalsIgnoreCase(t)) {
				return Optional.of(g);
			}
		}
		return Optional.empty();
	}
}
