package org.lvzhi.notifications;

import java.util.HashMap;
import java.util.Map;

/**
 * The reader's filters on the inbox: unread only, one category. Both optional.
 */
record InboxFilter(boolean unreadOnly, String category) {

	InboxFilter {
		category = category == null || category.isBlank() ? null : category.strip();
	}

	String sql() {
		return (unreadOnly ? " AND r.notification_id IS NULL" : "") + (category != null ? " AND n.category = :category" : "");
	}

	Map<String, Object> params() {
		Map<String, Object> params = new HashMap<>();
		if (category != null) {
			params.put("category", category);
		}
		return params;
	}
}
