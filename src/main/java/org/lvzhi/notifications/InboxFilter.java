package org.lvzhi.notifications;

import java.util.HashMap;
import java.util.Map;

/**
 * The reader's filters on the inbox, all optional: waiting only (neither read nor settled), one
 * kind (category), one record (subject: the notices about it one by one instead of grouped).
 */
record InboxFilter(boolean unreadOnly, String category, String subject) {

	InboxFilter {
		category = category == null || category.isBlank() ? null : category.strip();
		subject = subject == null || subject.isBlank() ? null : subject.strip();
	}

	InboxFilter(boolean unreadOnly, String category) {
		this(unreadOnly, category, null);
	}

	/** Conditions on single notifications. */
	String sql() {
		return (category != null ? " AND n.category = :category" : "") + (subject != null ? " AND n.subject = :subject" : "");
	}

	Map<String, Object> params() {
		Map<String, Object> params = new HashMap<>();
		if (category != null) {
			params.put("category", category);
		}
		if (subject != null) {
			params.put("subject", subject);
		}
		return params;
	}
}
