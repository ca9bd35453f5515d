package org.lvzhi.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

/** The {@link DocumentSource} beans of all modules, by type. */
@Component
class DocumentSources {

	private final Map<String, DocumentSource> byType = new TreeMap<>();

	DocumentSources(List<DocumentSource> sources) {
		for (DocumentSource source : sources) {
			DocumentSource before = byType.putIfAbsent(source.type(), source);
			if (before != null) {
				throw new IllegalStateException("Two document sources for type " + source.type());
			}
		}
	}

	Optional<DocumentSource> forType(String type) {
		return Optional.ofNullable(type == null ? null : byType.get(type));
	}

	Collection<String> types() {
		return byType.keySet();
	}
}
