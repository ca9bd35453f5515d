package org.lvzhi.legislation;

/** One item of an annual legislative plan: what, who sponsors and drafts it, which committee, when. */
record PlanItem(long id, int year, String title, ProjectKind kind, PlanSubject subject, String sponsor,
		String draftingBody, String committee, String schedule) {
}
