package org.lvzhi.directory;

import java.time.LocalDate;

/**
 * One deputy of a roster, as read from a file or built by a program.
 *
 * @param idNumber the resident ID number; persons are matched on it
 * @param level the deputy level
 * @param term the 届次 of the congress
 * @param congress the name of the congress, needed only where level and term do not name one
 *     (several county or township congresses); may be {@code null}
 * @param delegation the 代表团, or {@code null}
 * @param group the 代表小组, or {@code null}
 * @param constituency the 选区, or {@code null}
 * @param occupation 工作单位及职务
 */
public record RosterRow(String name, Gender gender, String ethnicity, LocalDate birthDate, String idNumber,
		DeputyLevel level, int term, String congress, String delegation, String group, String constituency,
		String occupation, String mobile) {
}
