package org.lvzhi.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.lvzhi.suggestions.AnswerCategory;

/** Writes the titles, texts, answers and comments of the demo suggestions from their theme. */
final class SuggestionTexts {

	private static final String[] ORDINALS = { "一是", "二是", "三是", "四是" };

	private final Random random;

	SuggestionTexts(Random random) {
		this.random = random;
	}

	String place() {
		return pick(SuggestionThemes.PLACES);
	}

	String title(String place, String subject) {
		return pick(SuggestionThemes.TITLE_FORMS).formatted(place, subject);
	}

	String body(SuggestionThemes.Theme theme, String place, String subject) {
		List<String> problems = some(theme.problems(), 2);
		List<String> measures = some(theme.measures(), 2 + random.nextInt(2));
		StringBuilder text = new StringBuilder();
		text.append(pick(List.of("近年来，%s%s工作取得了积极进展，但在调研中发现仍存在一些问题。",
				"%s群众对%s问题反映较多，代表在走访选民时多次听到相关意见。",
				"%s是民生关切的重点，%s的推进情况直接关系群众获得感。"))
			.formatted(place, subject));
		text.append("一方面，").append(problems.get(0)).append("；另一方面，").append(problems.get(1)).append("。\n为此建议：");
		for (int i = 0; i < measures.size(); i++) {
			text.append(ORDINALS[i]).append(measures.get(i)).append(i == measures.size() - 1 ? "。" : "；");
		}
		return text.toString();
	}

	String answer(SuggestionThemes.Theme theme, AnswerCategory category, String title, boolean second) {
		String opening = second ? "针对您对前次答复提出的意见，我单位再次组织专题研究，并与您当面沟通，现补充答复如下："
				: "您提出的《" + title + "》收悉。我单位高度重视，经认真研究，现答复如下：";
		String measure = pick(theme.measures());
		String body = switch (category) {
			case A -> "一、" + measure + "，相关工作已于今年完成，" + pick(List.of("群众反映的问题已基本解决。", "已通过验收并交付使用。",
					"已形成制度并长期执行。")) + "二、我们将建立定期回访机制，巩固" + theme.topic() + "成效。";
			case B -> "一、" + measure + "已列入2023年度重点工作计划，正在组织实施，预计年底前完成。二、我们将按月调度进展，及时向您通报。";
			case C -> "您提出的" + measure + "很有必要，但受资金和规划条件限制，目前暂难全部实施。我们已将其列入“十四五”后期规划，待条件成熟后逐步解决。";
			case D -> "您的建议对我们改进" + theme.topic() + "工作有重要参考价值。因涉及上位政策调整，目前暂不具备实施条件，我们将在今后工作中研究参考。";
		};
		return opening + body + "感谢您对" + theme.topic() + "工作的关心和支持。";
	}

	String dissatisfied() {
		return pick(List.of("答复内容较为笼统，未提出具体措施和时间表。", "承办单位未与代表见面沟通，问题至今未解决。",
				"答复中的整改时限过长，希望加快推进。", "答复未回应建议中的核心问题，请重新研究办理。"));
	}

	String progress(SuggestionThemes.Theme theme, int percent) {
		return pick(List.of("项目已完成立项，正在组织施工，完成总工作量约%d%%。", "相关措施已在试点区域推开，覆盖率达到%d%%。",
				"配套资金已落实，" + theme.topic() + "相关工作完成约%d%%。"))
			.formatted(percent);
	}

	String contactWay() {
		return pick(List.of("电话沟通", "登门走访", "实地调研", "座谈会", "当面征求意见", "书面征求意见"));
	}

	String contactNote(SuggestionThemes.Theme theme) {
		return pick(List.of("听取代表对" + theme.topic() + "的具体意见", "与代表共同查看现场", "通报办理进展并征求意见"));
	}

	<T> T pick(List<T> list) {
		return list.get(random.nextInt(list.size()));
	}

	private List<String> some(List<String> list, int count) {
		List<String> copy = new ArrayList<>(list);
		Collections.shuffle(copy, random);
		return copy.subList(0, Math.min(count, copy.size()));
	}
}
