package org.lvzhi.notifications;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Asks the module that owns a link where a reader may open it; a link no module claims is opened
 * as written.
 */
@Component
class Links {

	private final ObjectProvider<LinkResolver> resolvers;

	Links(ObjectProvider<LinkResolver> resolvers) {
		this.resolvers = resolvers;
	}

	Optional<String> forReader(String link, Authentication reader) {
		if (link == null) {
			return Optional.empty();
		}
		return resolvers.orderedStream()
			.filter(r -> r.resolves(link))
			.findFirst()
			.map(r -> r.forReader(link, reader))
			.orElse(Optional.of(link));
	}
}
