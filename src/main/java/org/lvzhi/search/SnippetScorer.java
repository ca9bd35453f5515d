package org.lvzhi.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Ranks candidate passages by how many different query words they hold, then by how many matches,
 * earlier passages first among equals. Lucene's default scorer builds a hash table for every
 * candidate passage; with a sentence per passage that allocation was most of the highlighting
 * time, and a page shows one passage per hit only.
 */
final class SnippetScorer extends PassageScorer {

	@Override
	public float score(Passage passage, int contentLength) {
		int matches = passage.getNumMatches();
		BytesRef[] terms = passage.getMatchTerms();
		int distinct = 0;
		for (int i = 0; i < matches; i++) {
			boolean seen = false;
			for (int j = 0; j < i && !seen; j++) {
				seen = terms[j].bytesEquals(terms[i]);
			}
			if (!seen) {
				distinct++;
			}
		}
		return (distinct + 0.1f * Math.min(matches, 9)) * norm(passage.getStartOffset());
	}
}
