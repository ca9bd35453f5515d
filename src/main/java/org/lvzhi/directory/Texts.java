package org.lvzhi.directory;

/** Trims what people type and treats blank as absent. */
final class Texts {

	private Texts() {
	}

	static String clean(String s) {
		if (s == null) {
			return null;
		}
		String t = s.strip();
		return t.isEmpty() ? null : t;
	}

	static boolean present(String s) {
		return clean(s) != null;
	}
}
