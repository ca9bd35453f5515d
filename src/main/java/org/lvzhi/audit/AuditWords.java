package org.lvzhi.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The action log in words people read: an action is shown as the kind of record and what was done
 * to it ({@code suggestions.reopened} as 代表建议：重新办理), and a change as the fields that changed,
 * each with its value before and after, instead of the stored JSON. The stored codes stay what the
 * filter and the export use.
 */
@Component("auditWords")
class AuditWords {

	private final MessageSource messages;
	private final JsonMapper json;

	AuditWords(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	/** The action in words: its own label, or the record's kind and the verb, never the code. */
	public String action(AuditEntry e) {
		Locale locale = LocaleContextHolder.getLocale();
		String own = messages.getMessage("audit.action." + e.action(), null, null, locale);
		if (own != null) {
			return own;
		}
		String verb = e.action().substring(e.action().lastIndexOf('.') + 1);
		String verbLabel = messages.getMessage("audit.verb." + verb, null, null, locale);
		return messages.getMessage("audit.actionLabel", new Object[] { subject(e.subjectType()),
				verbLabel != null ? verbLabel : messages.getMessage("audit.verb.other", null, locale) }, locale);
	}

	/** The kind of record in words. */
	public String subject(String subjectType) {
		Locale locale = LocaleContextHolder.getLocale();
		String label = subjectType == null ? null : messages.getMessage("audit.subject." + subjectType, null, null, locale);
		return label != null ? label : messages.getMessage("audit.subject.other", null, locale);
	}

	/** The fields that changed (or, for a new record, those it was made with), one line each. */
	public List<Change> changes(AuditEntry e) {
		Map<String, Object> before = flat(e.before());
		Map<String, Object> after = flat(e.after());
		List<Change> changes = new ArrayList<>();
		for (String field : new TreeSet<>(union(before, after))) {
			Object was = before.get(field);
			Object is = after.get(field);
			if (!Objects.equals(was, is)) {
				changes.add(new Change(field, text(was), text(is)));
			}
		}
		return changes;
	}

	/** One changed field: its stored name, and its values before and after (empty when none). */
	public record Change(String field, String before, String after) {
	}

	private static java.util.Set<String> union(Map<String, Object> a, Map<String, Object> b) {
		java.util.Set<String> keys = new java.util.LinkedHashSet<>(a.keySet());
		keys.addAll(b.keySet());
		return keys;
	}

	private Map<String, Object> flat(String stored) {
		Map<String, Object> out = new LinkedHashMap<>();
		if (stored == null || stored.isBlank()) {
			return out;
		}
		try {
			Object value = json.readValue(stored, Object.class);
			flatten("", value, out);
		}
		catch (RuntimeException notJson) {
			out.put("", stored);
		}
		return out;
	}

	@SuppressWarnings("unchecked")
	private static void flatten(String prefix, Object value, Map<String, Object> out) {
		if (value instanceof Map<?, ?> map) {
			for (var entry : ((Map<String, Object>) map).entrySet()) {
				flatten(prefix.isEmpty() ? entry.getKey() : prefix + " · " + entry.getKey(), entry.getValue(), out);
			}
		}
		else {
			out.put(prefix, value);
		}
	}

	private static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof List<?> list) {
			return String.join("、", list.stream().map(AuditWords::text).toList());
		}
		return String.valueOf(value);
	}
}
