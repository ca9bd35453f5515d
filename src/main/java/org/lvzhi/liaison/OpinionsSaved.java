package org.lvzhi.liaison;

import java.util.List;

/**
 * Opinions were written, newly or after a move, inside the writing transaction: whatever mirrors
 * an opinion elsewhere (the search index) takes its state from here. Internal to the module; the
 * other modules hear the domain events ({@link OpinionCollected}, {@link OpinionClosed}, ...).
 */
record OpinionsSaved(List<Opinion> opinions) {

	OpinionsSaved {
		opinions = List.copyOf(opinions);
	}
}
