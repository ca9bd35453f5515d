package org.lvzhi.legislation.text;

/** Structural sanity checks shared by the round-trip tests. */
final class StructureChecks {

	private StructureChecks() {
	}

	/** Whether the articles run 第一条, 第二条, … with 之一 articles allowed after their base. */
	static boolean numberedInSequence(LawText text) {
		int expected = 1;
		for (Unit article : text.articles()) {
			if (article.label().contains("之")) {
				if (article.ordinal() != expected - 1) {
					return false;
				}
				continue;
			}
			if (article.ordinal() != expected) {
				return false;
			}
			expected++;
		}
		return true;
	}
}
