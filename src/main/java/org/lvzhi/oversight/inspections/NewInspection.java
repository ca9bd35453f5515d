package org.lvzhi.oversight.inspections;

import java.time.LocalDate;
import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * What the office enters to plan an inspection.
 *
 * @param title the inspection's name, e.g. 《山西省优化营商环境条例》执法检查
 * @param lawTitle the law or regulation inspected, as free text
 * @param lawReference an optional reference (document number, library link), may be {@code null}
 * @param topic the report's classification
 * @param leadBody the body leading it (e.g. a special committee), may be {@code null}
 * @param startedOn the first day of the inspection; its year is the report year
 * @param keyAreas the key areas (重点领域) covered, may be empty
 */
@NamedInterface("inspections")
public record NewInspection(String title, String lawTitle, String lawReference, Topic topic, String leadBody,
		LocalDate startedOn, List<String> keyAreas) {

	public NewInspection {
		keyAreas = keyAreas == null ? List.of()
				: keyAreas.stream().filter(a -> a != null && !a.isBlank()).map(String::strip).toList();
	}
}
