package org.lvzhi.legislation.text;

/**
 * What a unit of a law's text is. Divisions nest in the order listed: a 编 holds 分编, a 分编
 * holds 章, a 章 holds 节; articles sit in the innermost division open before them.
 */
public enum UnitKind {
	/** 编 */
	PART(1),
	/** 分编 (the Civil Code's sub-parts) */
	SUBPART(2),
	/** 章 */
	CHAPTER(3),
	/** 节 */
	SECTION(4),
	/** An unnumbered heading: 序言, 附则, 附件一, 一、… in decisions. */
	HEADING(3),
	/** 条, with its 款, 项 and 目 */
	ARTICLE(0),
	/** A paragraph outside any article: a preamble, a decision's text, an appendix line. */
	TEXT(0);

	private final int depth;

	UnitKind(int depth) {
		this.depth = depth;
	}

	/** 1 for 编 to 4 for 节; 0 for what is not a division. */
	public int depth() {
		return depth;
	}

	public boolean isDivision() {
		return depth > 0;
	}
}
