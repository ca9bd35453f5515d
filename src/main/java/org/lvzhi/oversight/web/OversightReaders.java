package org.lvzhi.oversight.web;

import java.util.LinkedHashSet;
import java.util.Set;

import org.lvzhi.deadlines.Deadlines;
import org.lvzhi.directory.Directory;
import org.lvzhi.search.SearchDocument;
import org.springframework.stereotype.Component;

/**
 * The search reader keys of those who read every oversight record on the module's pages
 * ({@link OversightAccess#readsAll}): the office's staff and the standing committee's members.
 * Members have no key of their own in the index, so each current member's person key stands for
 * them; a change of the committee's membership reaches a record's readers when the record next
 * changes or the index is rebuilt.
 */
@Component
public class OversightReaders {

	private final Directory directory;
	private final Deadlines deadlines;

	OversightReaders(Directory directory, Deadlines deadlines) {
		this.directory = directory;
		this.deadlines = deadlines;
	}

	/** Staff and the members of the standing committee today, in a stable order. */
	public Set<String> readingAll() {
		Set<String> keys = new LinkedHashSet<>();
		keys.add(SearchDocument.STAFF);
		directory.standingCommitteeMembersOn(deadlines.today()).stream()
			.map(p -> p.value())
			.sorted()
			.forEach(p -> keys.add(SearchDocument.personReader(p)));
		return keys;
	}
}
