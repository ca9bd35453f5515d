package org.lvzhi.oversight.inquiry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.lvzhi.oversight.web.OversightReaders;
import org.lvzhi.search.DocumentChanged;
import org.lvzhi.search.DocumentSource;
import org.lvzhi.search.SearchDocument;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Special inquiries (专题询问) as search documents (type {@code inquiry}): the title; the question
 * topics, the questions with the answers given at the sitting, and the commitments with how they
 * were kept as body. Read by the office and the committee's members, as the inquiry's page is; a
 * unit reads only its own commitments, on another page, so the inquiry is a type of its own and
 * not part of the work report, which the reporting organ reads. Who asked and who answered is
 * not indexed, only what was said.
 *
 * <p>The state is {@code PREPARED} while the inquiry has no day and {@code DATED} once it has one.
 */
@Component
class InquiryIndex implements DocumentSource {

	static final String TYPE = "inquiry";
	static final String PREPARED = "PREPARED";
	static final String DATED = "DATED";

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;

	InquiryIndex(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public long size() {
		return jdbc.sql("SELECT COUNT(*) FROM oversight_inquiry").query(Long.class).single();
	}

	@Override
	public void forEach(Consumer<SearchDocument> consumer) {
		documents(null).forEach(consumer);
	}

	@Override
	public String link(String id) {
		return "/oversight/inquiries/" + id;
	}

	/** Puts the inquiry as it now stands in the index once the transaction commits. */
	void changed(long id) {
		documents(id).forEach(d -> events.publishEvent(new DocumentChanged(d)));
	}

	Optional<SearchDocument> document(long id) {
		return documents(id).stream().findFirst();
	}

	/** The documents of every inquiry, or of one; each child table read once. */
	private List<SearchDocument> documents(Long only) {
		String where = only == null ? "" : " WHERE i.id = :id";
		Map<String, Object> params = only == null ? Map.of() : Map.of("id", only);
		List<Row> rows = jdbc.sql("""
				SELECT i.id, i.title, i.held_on, r.report_year, r.organ_id FROM oversight_inquiry i
				LEFT JOIN oversight_report r ON r.id = i.report_id""" + where + " ORDER BY i.id")
			.params(params)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					(Integer) rs.getObject(4, Integer.class), (Long) rs.getObject(5, Long.class)))
			.list();
		String child = only == null ? "" : " WHERE inquiry_id = :id";
		Map<Long, List<String>> texts = new HashMap<>();
		Map<Long, Set<String>> organs = new HashMap<>();
		jdbc.sql("SELECT inquiry_id, text, organ_id FROM oversight_inquiry_topic" + child + " ORDER BY id").params(params)
			.query(rs -> {
				add(texts, rs.getLong(1), rs.getString(2));
				if (rs.getObject(3) != null) {
					organs.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(String.valueOf(rs.getLong(3)));
				}
			});
		jdbc.sql("SELECT inquiry_id, question, answer FROM oversight_inquiry_question" + child + " ORDER BY seq, id")
			.params(params).query(rs -> {
				add(texts, rs.getLong(1), rs.getString(2));
				add(texts, rs.getLong(1), rs.getString(3));
			});
		jdbc.sql("SELECT inquiry_id, text, done_note FROM oversight_inquiry_commitment" + child + " ORDER BY id")
			.params(params).query(rs -> {
				add(texts, rs.getLong(1), rs.getString(2));
				add(texts, rs.getLong(1), rs.getString(3));
			});
		jdbc.sql("SELECT inquiry_id, organization_id FROM oversight_inquiry_participant"
				+ (only == null ? " WHERE" : child + " AND") + " side = 'RESPONDENT' AND organization_id IS NOT NULL")
			.params(params)
			.query(rs -> {
				organs.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(String.valueOf(rs.getLong(2)));
			});
		List<SearchDocument> documents = new ArrayList<>(rows.size());
		for (Row r : rows) {
			Map<String, Set<String>> facets = new LinkedHashMap<>();
			Integer year = r.heldOn() != null ? Integer.valueOf(r.heldOn().getYear()) : r.reportYear();
			if (year != null) {
				facets.put(SearchDocument.YEAR, Set.of(String.valueOf(year)));
			}
			Set<String> bodies = new TreeSet<>(organs.getOrDefault(r.id(), Set.of()));
			if (r.organ() != null) {
				bodies.add(String.valueOf(r.organ()));
			}
			if (!bodies.isEmpty()) {
				facets.put(SearchDocument.ORG, bodies);
			}
			facets.put(SearchDocument.STATE, Set.of(r.heldOn() == null ? PREPARED : DATED));
			documents.add(new SearchDocument(TYPE, String.valueOf(r.id()), r.title(),
					texts.getOrDefault(r.id(), List.of()).stream().collect(Collectors.joining("\n")), facets, r.heldOn(),
					OversightReaders.READING_ALL));
		}
		return documents;
	}

	private static void add(Map<Long, List<String>> texts, long inquiry, String text) {
		if (text != null && !text.isBlank()) {
			texts.computeIfAbsent(inquiry, k -> new ArrayList<>()).add(text);
		}
	}

	private record Row(long id, String title, LocalDate heldOn, Integer reportYear, Long organ) {
	}
}
