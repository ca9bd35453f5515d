package org.lvzhi.platform.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What was typed into a form whose post a use case refused: the form's address and the posted
 * values. The page that answers the refusal (the form shown again, or the page the refusal
 * redirects to) fills the form with the same address with these values, so that nothing typed is
 * lost. Never kept: the CSRF token, the record's version (the page shows the current one, so that
 * saving again after a concurrent edit is not refused twice) and passwords.
 */
record RefusedForm(String action, Map<String, List<String>> values) implements Serializable {

	/** The model and flash attribute the refused form travels in. */
	static final String ATTRIBUTE = "refusedForm";

	static RefusedForm of(HttpServletRequest request) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, posted) -> {
			if (kept(name)) {
				values.put(name, new ArrayList<>(List.of(posted)));
			}
		});
		return new RefusedForm(request.getRequestURI(), values);
	}

	static boolean kept(String name) {
		String n = name.toLowerCase(Locale.ROOT);
		return !n.equals("_csrf") && !n.contains("version") && !n.contains("password") && !n.equals("lang");
	}

	/** Whether a form posting to this address (as written in its {@code action}) is the refused one. */
	boolean isPostedTo(String formAction) {
		if (formAction == null) {
			return false;
		}
		String path = formAction;
		int cut = path.indexOf('?');
		path = cut < 0 ? path : path.substring(0, cut);
		cut = path.indexOf(';');
		path = cut < 0 ? path : path.substring(0, cut);
		return path.equals(action);
	}

	/** The first value posted under this name, or null when the post had none. */
	String first(String name) {
		List<String> posted = values.get(name);
		return posted == null || posted.isEmpty() ? null : posted.get(0);
	}

	boolean has(String name) {
		return values.containsKey(name);
	}

	boolean contains(String name, String value) {
		List<String> posted = values.get(name);
		return posted != null && posted.contains(value);
	}
}
