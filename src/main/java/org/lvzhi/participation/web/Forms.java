package org.lvzhi.participation.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lvzhi.participation.QuestionKind;
import org.lvzhi.participation.QuestionSpec;

/** What the office's question form sends, and the answers a respondent's form sends. */
final class Forms {

	private Forms() {
	}

	/** The office's question form; options one per line. */
	record QuestionForm(String section, QuestionKind kind, String text, String textEn, Boolean required, String options,
			String optionsEn, Integer low, Integer high, Long conditionQuestion, String conditionChoices, Integer version) {

		QuestionSpec spec() {
			return new QuestionSpec(section, kind, text, textEn, Boolean.TRUE.equals(required), lines(options),
					lines(optionsEn), low, high, conditionQuestion, lines(conditionChoices));
		}

		Map<String, Object> typed() {
			Map<String, Object> t = new LinkedHashMap<>();
			t.put("section", section);
			t.put("kind", kind);
			t.put("text", text);
			t.put("textEn", textEn);
			t.put("required", required);
			t.put("options", options);
			t.put("optionsEn", optionsEn);
			t.put("low", low);
			t.put("high", high);
			t.put("conditionQuestion", conditionQuestion);
			t.put("conditionChoices", conditionChoices);
			return t;
		}
	}

	static List<String> lines(String s) {
		return s == null ? List.of() : Arrays.stream(s.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

	/** The answer fields of a posted form ({@code q<id>} and {@code q<id>_<n>}), nothing else. */
	static Map<String, List<String>> answers(Map<String, String[]> parameters) {
		Map<String, List<String>> answers = new LinkedHashMap<>();
		parameters.forEach((name, values) -> {
			if (name.matches("q\\d{1,18}(_\\d{1,4})?")) {
				answers.put(name, List.of(values));
			}
		});
		return answers;
	}
}
