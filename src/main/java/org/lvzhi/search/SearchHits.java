package org.lvzhi.search;

import java.util.List;

/**
 * One page of hits and how many there are in all.
 */
public record SearchHits(long total, List<Hit> hits) {

	/**
	 * @param id the record's ID
	 * @param score relevance, higher is better (not comparable across queries)
	 * @param title the stored title
	 * @param snippet a short passage of the body around the matched words, may be {@code null}
	 */
	public record Hit(String id, float score, String title, String snippet) {
	}
}
