package org.lvzhi.suggestions;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The statutory periods and lists of the suggestion workflow ({@code lvzhi.suggestions.*}).
 * Defaults follow DESIGN §3.
 *
 * @param answerMonths answer within this many months of assignment (3)
 * @param complexAnswerMonths for complex suggestions with an approved extension (6)
 * @param coViewMonths co-handling units send their view within this many months (1)
 * @param returnWorkingDays a unit may ask to return a wrong assignment within these working days (7)
 * @param feedbackWorkingDays the deputy rates the answer within these working days (15)
 * @param reanswerMonths the second answer after 不满意 is due within these months (1)
 * @param rounds how many answers a suggestion can get at most (2)
 * @param amberWorkingDays a deadline this close shows amber on the workbench (10)
 * @param categories the categories a deputy picks from
 * @param jointOffices the offices that may take part in joint supervision (五办联动)
 * @param requiredContacts the contacts with the deputy (三见面) an answering unit must have logged
 *     before it answers (all three)
 * @param duplicateThreshold from this similarity (0–1) on, a suggestion found while a deputy drafts is
 *     shown as a likely duplicate rather than as merely related (0.6)
 */
@ConfigurationProperties("lvzhi.suggestions")
public record SuggestionSettings(Integer answerMonths, Integer complexAnswerMonths, Integer coViewMonths,
		Integer returnWorkingDays, Integer feedbackWorkingDays, Integer reanswerMonths, Integer rounds,
		Integer amberWorkingDays, List<String> categories, List<String> jointOffices,
		List<ContactStage> requiredContacts, Double duplicateThreshold) {

	public SuggestionSettings {
		answerMonths = or(answerMonths, 3);
		complexAnswerMonths = or(complexAnswerMonths, 6);
		coViewMonths = or(coViewMonths, 1);
		returnWorkingDays = or(returnWorkingDays, 7);
		feedbackWorkingDays = or(feedbackWorkingDays, 15);
		reanswerMonths = or(reanswerMonths, 1);
		rounds = or(rounds, 2);
		amberWorkingDays = or(amberWorkingDays, 10);
		categories = categories == null || categories.isEmpty() ? List.of("经济发展", "城乡建设", "交通运输", "生态环境",
				"教育科技", "医疗卫生", "社会保障", "文化旅游", "农业农村", "政法", "其他") : List.copyOf(categories);
		jointOffices = jointOffices == null || jointOffices.isEmpty()
				? List.of("市委办公室", "市人大常委会办公厅", "市政府办公室", "市政协办公室", "市委督查室")
				: List.copyOf(jointOffices);
		requiredContacts = requiredContacts == null ? List.of(ContactStage.values()) : List.copyOf(requiredContacts);
		duplicateThreshold = duplicateThreshold == null ? 0.6 : duplicateThreshold;
	}

	private static Integer or(Integer value, int fallback) {
		return value == null ? fallback : value;
	}
}
