package org.lvzhi.directory;

import java.util.List;

/**
 * Choices of a picker kind whose records another module holds (a liaison station): the module
 * implements it as a bean, and the directory's picker answers that kind from it, so that the
 * directory never depends on the module.
 */
public interface PickSource {

	/** The kind in the picker's path, e.g. {@code station}. */
	String kind();

	/** At most {@code limit} choices for a part of a name. */
	List<Choice> choices(String term, int limit);

	/** One choice: what goes into the field, and what the list shows. */
	record Choice(String value, String label) {
	}
}
