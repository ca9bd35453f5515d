package org.lvzhi.legislation.internal;

import java.util.ArrayList;
import java.util.List;

import org.lvzhi.legislation.text.LawText;

/** What the module's staff pages share: who reads them, how long a page is, the articles a form offers. */
public final class LegislationPages {

	/** Who reads projects and drafts; every change stays with the class's rule, office staff only. */
	public static final String READERS = "hasAnyRole('STAFF', 'MEMBER')";

	public static final int PAGE_SIZE = 20;

	private LegislationPages() {
	}

	/** A selectable article of a draft: its place in the text and its label. */
	public record ArticleChoice(int seq, String label) {
	}

	/** The articles of a text a comment may be anchored to, in order. */
	public static List<ArticleChoice> articleSeqs(LawText text) {
		List<ArticleChoice> choices = new ArrayList<>();
		for (int seq = 0; seq < text.units().size(); seq++) {
			if (text.units().get(seq).isArticle()) {
				choices.add(new ArticleChoice(seq, text.units().get(seq).label()));
			}
		}
		return choices;
	}
}
