package org.lvzhi.platform.opendata;

import java.util.List;

/**
 * A public list a module serves under {@code /api/v1}, contributed as a bean so that the
 * catalogue ({@code GET /api/v1/catalogue}) lists it.
 *
 * @param id a stable short name, e.g. {@code laws}
 * @param titleKey message key of the title (zh-CN and English bundles)
 * @param descriptionKey message key of the description: what one record is, what is left out
 * @param jsonPath the JSON list, e.g. {@code /api/v1/laws}
 * @param csvPath the same list as CSV, e.g. {@code /api/v1/laws.csv}, or {@code null} for a document
 *     that is no list (the Popolo directory)
 * @param keywords a few words to find it by (in Chinese)
 * @param temporal the period the data covers, e.g. {@code 2023/2027} (ISO 8601 interval), or
 *     {@code null} when it is not fixed
 */
public record Dataset(String id, String titleKey, String descriptionKey, String jsonPath, String csvPath,
		List<String> keywords, String temporal) {

	public Dataset {
		if (!jsonPath.startsWith("/api/v1/") || (csvPath != null && !csvPath.startsWith("/api/v1/"))) {
			throw new IllegalArgumentException("a dataset is served under /api/v1: " + id);
		}
		keywords = List.copyOf(keywords);
	}

	/** A dataset whose CSV twin is the JSON path with {@code .csv}. */
	public static Dataset of(String id, String jsonPath, List<String> keywords) {
		return new Dataset(id, "opendata.dataset." + id + ".title", "opendata.dataset." + id + ".description", jsonPath,
				jsonPath + ".csv", keywords, null);
	}
}
