package org.lvzhi.suggestions.io;

import java.util.Locale;

import org.lvzhi.suggestions.AssignmentRole;
import org.lvzhi.suggestions.Rating;
import org.lvzhi.suggestions.SuggestionState;
import org.springframework.context.MessageSource;

/** Message-bundle texts for the files the office downloads, in the reader's language. */
record IoLabels(MessageSource messages, Locale locale) {

	String text(String key, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	String state(SuggestionState state) {
		return text("suggestions.state." + state);
	}

	String role(AssignmentRole role) {
		return text("suggestions.role." + role);
	}

	String rating(Rating rating) {
		return rating == null ? "" : text("suggestions.rating." + rating);
	}

	String yesNo(boolean value) {
		return text(value ? "suggestions.io.yes" : "suggestions.io.no");
	}
}
