package org.lvzhi.notifications;

import java.util.Optional;

import org.springframework.security.core.Authentication;

/**
 * Implemented by a module whose pages notifications link to, so that opening a notification leads
 * each recipient to a page she may see. A notification is written once for all its recipients and
 * read later, when the record may have moved on (a unit's assignment returned, a suggestion
 * published): the module that owns the page decides, at the moment of reading, where this reader
 * goes.
 */
public interface LinkResolver {

	/** Whether the link is a page of this module that it resolves. */
	boolean resolves(String link);

	/**
	 * The page the reader may open for the link: the link itself, another page of the same record
	 * (its public page), or nothing when the reader may no longer see the record.
	 */
	Optional<String> forReader(String link, Authentication reader);
}
