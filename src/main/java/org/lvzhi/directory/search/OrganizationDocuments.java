package org.lvzhi.directory.search;

import java.util.function.Consumer;

import org.lvzhi.search.DocumentSource;
import org.lvzhi.search.SearchDocument;
import org.springframework.stereotype.Component;

/**
 * Bodies of the directory as search documents (type {@code organization}), read on the body's
 * page; there is no public page of a body (the public read the Popolo export).
 */
@Component
class OrganizationDocuments implements DocumentSource {

	private final DirectoryIndex index;

	OrganizationDocuments(DirectoryIndex index) {
		this.index = index;
	}

	@Override
	public String type() {
		return DirectoryIndex.ORGANIZATION;
	}

	@Override
	public long size() {
		return index.organizationCount();
	}

	@Override
	public void forEach(Consumer<SearchDocument> consumer) {
		index.forEachOrganization(consumer);
	}

	@Override
	public String link(String id) {
		return "/directory/organizations/" + id;
	}
}
