package org.lvzhi.oversight.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.lvzhi.oversight.Satisfaction;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * The three radio buttons (满意 / 基本满意 / 不满意) of one item of a rater's sheet, as HTML. A sheet
 * has 141 items; written in the template, each item cost about a dozen expression evaluations and
 * three message look-ups, which made rendering the sheet most of the cost of a submission. Here the
 * labels are resolved once per page and each item is one string; the name is built from the item's
 * numeric ID and the labels are escaped, so nothing from outside reaches the page unescaped.
 */
public final class Radios {

	private record Choice(String value, String label) {
	}

	private final List<Choice> choices;
	private final Map<String, String> chosen;

	Radios(MessageSource messages, Locale locale, Map<String, String> chosen) {
		this.choices = java.util.Arrays.stream(Satisfaction.values())
			.map(s -> new Choice(s.name(), HtmlUtils.htmlEscape(messages.getMessage("oversight.satisfaction." + s, null, locale))))
			.toList();
		this.chosen = chosen;
	}

	/** The overall score of a department. */
	public String department(long id) {
		return group("d" + id);
	}

	/** The score of a key task. */
	public String task(long id) {
		return group("t" + id);
	}

	private String group(String name) {
		String kept = chosen.get(name);
		StringBuilder html = new StringBuilder(360);
		for (Choice c : choices) {
			html.append("<label class=\"me-2 text-nowrap\"><input type=\"radio\" required name=\"").append(name)
				.append("\" value=\"").append(c.value()).append('"');
			if (c.value().equals(kept)) {
				html.append(" checked=\"checked\"");
			}
			html.append("> <span>").append(c.label()).append("</span></label>");
		}
		return html.toString();
	}
}
