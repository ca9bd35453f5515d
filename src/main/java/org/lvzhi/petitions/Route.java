package org.lvzhi.petitions;

/**
 * How the office decides to route a registered petition (信访工作条例 art. 31–33).
 */
public enum Route {
	/** 转送: sent to the responsible body, which answers the petitioner. */
	TRANSFER,
	/** 交办: handed to a body that must report back by a deadline. */
	ASSIGN,
	/** 自办: the standing committee's own matter, handled by the office. */
	SELF,
	/** 涉法涉诉: a matter for the courts or the procuratorate; the petitioner is told where to go. */
	REDIRECT,
	/** 不予受理: not accepted, with a written reason. */
	NOT_ACCEPTED;

	/** Whether the route sends the matter to another body (the figure "转交"). */
	public boolean handsOver() {
		return this == TRANSFER || this == ASSIGN;
	}

	/** Whether the petition goes on to handling and a reply. */
	public boolean accepted() {
		return this == TRANSFER || this == ASSIGN || this == SELF;
	}
}
