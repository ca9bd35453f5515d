package org.lvzhi.participation;

import java.util.List;

/**
 * A question as the office writes it.
 *
 * @param section the heading of the section the question opens, or {@code null} to stay in the current one
 * @param options the choices of a single or multiple choice question, or the items of a matrix
 * @param optionsEn the same in English, in the same order, or empty to show the Chinese
 * @param low the lowest point of a scale or matrix (1 when {@code null}), or a number's minimum
 * @param high the highest point of a scale or matrix (5 when {@code null}), or a number's maximum
 * @param conditionQuestion the earlier choice question whose answer shows this one, or {@code null}
 *     for a question always shown
 * @param conditionChoices the options of {@code conditionQuestion} of which any one shows this question
 */
public record QuestionSpec(String section, QuestionKind kind, String text, String textEn, boolean required,
		List<String> options, List<String> optionsEn, Integer low, Integer high, Long conditionQuestion,
		List<String> conditionChoices) {

	public QuestionSpec {
		options = options == null ? List.of() : List.copyOf(options);
		optionsEn = optionsEn == null ? List.of() : List.copyOf(optionsEn);
		conditionChoices = conditionChoices == null ? List.of() : List.copyOf(conditionChoices);
	}

	/** A question always shown, with the Chinese text only. */
	public static QuestionSpec of(QuestionKind kind, String text, boolean required, List<String> options) {
		return new QuestionSpec(null, kind, text, null, required, options, List.of(), null, null, null, List.of());
	}

	public QuestionSpec inSection(String heading) {
		return new QuestionSpec(heading, kind, text, textEn, required, options, optionsEn, low, high, conditionQuestion,
				conditionChoices);
	}

	public QuestionSpec inEnglish(String english, List<String> englishOptions) {
		return new QuestionSpec(section, kind, text, english, required, options, englishOptions, low, high,
				conditionQuestion, conditionChoices);
	}

	public QuestionSpec range(Integer from, Integer to) {
		return new QuestionSpec(section, kind, text, textEn, required, options, optionsEn, from, to, conditionQuestion,
				conditionChoices);
	}

	public QuestionSpec shownWhen(long question, List<String> choices) {
		return new QuestionSpec(section, kind, text, textEn, required, options, optionsEn, low, high, question, choices);
	}
}
