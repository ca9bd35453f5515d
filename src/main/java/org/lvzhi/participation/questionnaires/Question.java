package org.lvzhi.participation.questionnaires;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.lvzhi.participation.QuestionKind;

/**
 * A question of a questionnaire as stored. Options are kept one per line.
 *
 * @param number its place in the questionnaire, from 1
 */
public record Question(long id, long questionnaireId, int number, String section, QuestionKind kind, String text,
		String textEn, boolean required, String options, String optionsEn, Integer low, Integer high,
		Long conditionQuestion, String conditionChoices) {

	static List<String> lines(String s) {
		return s == null || s.isBlank() ? List.of() : Arrays.stream(s.split("\n")).map(String::strip)
			.filter(l -> !l.isEmpty()).toList();
	}

	/** The options of a choice question, or the items of a matrix, in Chinese (their stored values). */
	public List<String> optionList() {
		return lines(options);
	}

	/** The options as a reader of the language sees them, in the same order as {@link #optionList()}. */
	public List<String> optionLabels(Locale locale) {
		List<String> en = lines(optionsEn);
		List<String> zh = optionList();
		return english(locale) && en.size() == zh.size() ? en : zh;
	}

	public String label(Locale locale) {
		return english(locale) && textEn != null && !textEn.isBlank() ? textEn : text;
	}

	public List<String> conditionChoiceList() {
		return lines(conditionChoices);
	}

	/** The lowest point of a scale or matrix. */
	public int scaleLow() {
		return low == null ? 1 : low;
	}

	/** The highest point of a scale or matrix. */
	public int scaleHigh() {
		return high == null ? 5 : high;
	}

	/** The points of a scale or matrix, lowest first. */
	public List<Integer> points() {
		return java.util.stream.IntStream.rangeClosed(scaleLow(), scaleHigh()).boxed().toList();
	}

	/** The form field of the answer ({@code q<id>}), or of a matrix's n-th item. */
	public String field() {
		return "q" + id;
	}

	public String field(int item) {
		return "q" + id + "_" + item;
	}

	private static boolean english(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage());
	}
}
