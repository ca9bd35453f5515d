package org.lvzhi.directory.internal;

/** Trims what people type and treats blank as absent. */
public final class Texts {

	private Texts() {
	}

	public static String clean(String s) {
		if (s == null) {
			return null;
		}
		String t = s.strip();
		return t.isEmpty() ? null : t;
	}

	public static boolean present(String s) {
		return clean(s) != null;
	}
}
