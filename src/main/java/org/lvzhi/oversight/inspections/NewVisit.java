package org.lvzhi.oversight.inspections;

import java.time.LocalDate;
import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * A visit as recorded by the office.
 *
 * @param participants who went (members, deputies, staff), as written
 * @param findings what was found, may be {@code null}
 * @param problems problems raised to be coordinated towards a solution, each with the unit asked
 *     to solve it (a directory organization, may be {@code null})
 */
@NamedInterface("inspections")
public record NewVisit(VisitKind kind, String title, LocalDate visitedOn, String place, String participants,
		String findings, List<RaisedProblem> problems) {

	public NewVisit {
		problems = problems == null ? List.of() : List.copyOf(problems);
	}

	@NamedInterface("inspections")
	public record RaisedProblem(String description, Long unitId) {
	}
}
