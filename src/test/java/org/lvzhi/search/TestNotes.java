package org.lvzhi.search;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tiny module of its own for the tests: notes in a table, published to the index the way every
 * module does it (an event inside the transaction) and handed over again for rebuilds.
 */
@Component
class TestNotes implements DocumentSource {

	static final String TYPE = "test-note";

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;

	TestNotes(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	record Note(String id, String title, String body, String unit, Set<String> readers) {
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public void forEach(Consumer<SearchDocument> consumer) {
		jdbc.sql("SELECT id, title, body, unit, readers FROM search_test_note")
			.query((rs, n) -> new Note(rs.getString("id"), rs.getString("title"), rs.getString("body"),
					rs.getString("unit"), new LinkedHashSet<>(Arrays.asList(rs.getString("readers").split(",")))))
			.list()
			.forEach(note -> consumer.accept(document(note)));
	}

	@Override
	public String link(String id) {
		return "/test-notes/" + id;
	}

	@Override
	public String publicLink(String id) {
		return "/public/test-notes/" + id;
	}

	@Transactional
	void save(Note note) {
		jdbc.sql("DELETE FROM search_test_note WHERE id = :id").param("id", note.id()).update();
		jdbc.sql("INSERT INTO search_test_note (id, title, body, unit, readers) VALUES (:id, :title, :body, :unit, :readers)")
			.param("id", note.id())
			.param("title", note.title())
			.param("body", note.body())
			.param("unit", note.unit())
			.param("readers", String.join(",", note.readers()))
			.update();
		events.publishEvent(new DocumentChanged(document(note)));
	}

	@Transactional
	void remove(String id) {
		jdbc.sql("DELETE FROM search_test_note WHERE id = :id").param("id", id).update();
		events.publishEvent(new DocumentRemoved(TYPE, id));
	}

	long rows() {
		return jdbc.sql("SELECT COUNT(*) FROM search_test_note").query(Long.class).single();
	}

	static SearchDocument document(Note note) {
		return new SearchDocument(TYPE, note.id(), note.title(), note.body(),
				Map.of("unit", Set.of(note.unit()), SearchDocument.ORG, Set.of(note.unit()), SearchDocument.YEAR, Set.of("2023")),
				LocalDate.of(2023, 6, 1), note.readers());
	}
}
