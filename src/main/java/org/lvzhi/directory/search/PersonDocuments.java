package org.lvzhi.directory.search;

import java.util.function.Consumer;

import org.lvzhi.search.DocumentSource;
import org.lvzhi.search.SearchDocument;
import org.springframework.stereotype.Component;

/**
 * Persons of the directory as search documents (type {@code person}), read on the person's page;
 * there is no public page of a person (the public read the Popolo export).
 */
@Component
class PersonDocuments implements DocumentSource {

	private final DirectoryIndex index;

	PersonDocuments(DirectoryIndex index) {
		this.index = index;
	}

	@Override
	public String type() {
		return DirectoryIndex.PERSON;
	}

	@Override
	public long size() {
		return index.personCount();
	}

	@Override
	public void forEach(Consumer<SearchDocument> consumer) {
		index.forEachPerson(consumer);
	}

	@Override
	public String link(String id) {
		return "/directory/persons/" + id;
	}
}
