package org.lvzhi.oversight.inspections;

import java.time.LocalDate;
import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * A site checked, with the problems found there.
 *
 * @param areaName the key area it belongs to (one of the inspection's), may be {@code null}
 * @param district the district or county, may be {@code null}
 */
@NamedInterface("inspections")
public record NewSite(String name, String district, String address, LocalDate checkedOn, SiteMode mode,
		String areaName, String notes, List<NewProblem> problems) {

	public NewSite {
		problems = problems == null ? List.of() : List.copyOf(problems);
	}

	/** A problem found at the site and the article of the law it concerns (free text, may be {@code null}). */
	@NamedInterface("inspections")
	public record NewProblem(String description, String articleRef) {
	}
}
