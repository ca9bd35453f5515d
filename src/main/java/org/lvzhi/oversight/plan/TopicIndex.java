package org.lvzhi.oversight.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.lvzhi.oversight.web.OversightReaders;
import org.lvzhi.search.DocumentChanged;
import org.lvzhi.search.DocumentRemoved;
import org.lvzhi.search.DocumentSource;
import org.lvzhi.search.SearchDocument;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Oversight topics as search documents (type {@code oversight-topic}), so that the office sees,
 * while it enters a topic or a plan item, whether the same matter is already proposed or planned:
 *
 * <ul>
 * <li>the candidate topics of every source ({@code topic-<id>}), read by the office on its list
 * of topics; everybody reads those the portal and open data show, the topics adopted into a plan
 * and the public's own proposals once answered. What the public reads of a topic is its title and,
 * for its own proposals, the office's answer, and so is all such a document holds; the reasons the
 * office gave for its own candidates are indexed only while the topic stays inside. A citizen's
 * reasons are never indexed: they are the proposer's own words, and the proposer's name and
 * contact may be among them.
 * <li>the plan items that no topic carries ({@code item-<id>}), added on the plan's page, read by
 * the office and the committee's members as the plan's page is, and by everybody once a published
 * revision holds them. An item a topic was accepted as is that topic's document.
 * </ul>
 *
 * Every facet of an item, its year, the organ it names and the state {@code ADOPTED} (it is in the
 * plan), is what an adopted topic carries, so the two read alike in a list of hits.
 */
@Component
class TopicIndex implements DocumentSource {

	static final String TYPE = "oversight-topic";
	static final String TOPIC = "topic-";
	static final String ITEM = "item-";
	static final String SOURCE = "source";
	static final String KIND = "kind";

	private static final String TOPICS = """
			SELECT t.id, t.plan_year, t.title, t.reason, t.state, t.source, t.answer, t.submitted_on, t.plan_item_id,
			  pi.organ_id
			FROM oversight_topic t LEFT JOIN oversight_plan_item pi ON pi.id = t.plan_item_id""";

	private static final String ITEMS = """
			SELECT i.id, i.kind, i.title, i.organ_id, i.lead_body, i.note, i.added_in, i.removed_in, p.plan_year,
			  (SELECT MAX(r.revision) FROM oversight_plan_revision r WHERE r.plan_id = p.id AND r.state = 'PUBLISHED') AS published,
			  (SELECT COUNT(*) FROM oversight_topic t WHERE t.plan_item_id = i.id) AS topics
			FROM oversight_plan_item i JOIN oversight_plan p ON p.id = i.plan_id""";

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;

	TopicIndex(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public long size() {
		return jdbc.sql("SELECT COUNT(*) FROM oversight_topic").query(Long.class).single()
				+ jdbc.sql("SELECT COUNT(*) FROM oversight_plan_item").query(Long.class).single();
	}

	@Override
	public void forEach(Consumer<SearchDocument> consumer) {
		jdbc.sql(TOPICS + " ORDER BY t.id").query(TopicIndex::topic).list().stream().map(TopicIndex::document).forEach(consumer);
		Set<String> all = OversightReaders.READING_ALL;
		jdbc.sql(ITEMS + " ORDER BY i.id").query(TopicIndex::item).list().stream().filter(ItemRow::indexed)
			.map(i -> document(i, all)).forEach(consumer);
	}

	/** The office's list of the year's topics at the topic, or the plan's page at the item. */
	@Override
	public String link(String id) {
		if (id.startsWith(TOPIC)) {
			return topicRow(id).map(t -> "/oversight/topics?year=" + t.year() + "#" + id).orElse(null);
		}
		return itemRow(id).map(i -> "/oversight/plan?year=" + i.year() + "#" + id).orElse(null);
	}

	/** The portal's topics of the year (adopted, or answered) or the published plan, for public documents only. */
	@Override
	public String publicLink(String id) {
		if (id.startsWith(TOPIC)) {
			return topicRow(id).filter(TopicRow::isPublic)
				.map(t -> "/public/oversight-topics?year=" + t.year() + "#" + (t.state() == Topics.State.ADOPTED ? id
						: "answer-" + t.id()))
				.orElse(null);
		}
		return itemRow(id).filter(ItemRow::isPublic).map(i -> "/public/oversight-plan/" + i.year() + "#" + id)
			.orElse(null);
	}

	/**
	 * Puts the topic as it now stands in the index once the transaction commits; a plan item the
	 * topic was accepted as leaves the index, the topic stands for it.
	 */
	void topicChanged(long id) {
		Optional<TopicRow> row = jdbc.sql(TOPICS + " WHERE t.id = ?").param(id).query(TopicIndex::topic).optional();
		row.ifPresent(t -> {
			events.publishEvent(new DocumentChanged(document(t)));
			if (t.planItem() != null) {
				events.publishEvent(new DocumentRemoved(TYPE, ITEM + t.planItem()));
			}
		});
	}

	/** Puts every item of the year's plan in the index as it now stands, or takes it out. */
	void planChanged(int year) {
		Set<String> all = OversightReaders.READING_ALL;
		for (ItemRow i : jdbc.sql(ITEMS + " WHERE p.plan_year = ? ORDER BY i.id").param(year).query(TopicIndex::item)
			.list()) {
			if (i.indexed()) {
				events.publishEvent(new DocumentChanged(document(i, all)));
			}
			else {
				events.publishEvent(new DocumentRemoved(TYPE, ITEM + i.id()));
			}
		}
	}

	/** The documents the events build, for comparing them with a rebuild's. */
	Optional<SearchDocument> document(String id) {
		if (id.startsWith(TOPIC)) {
			return topicRow(id).map(TopicIndex::document);
		}
		return itemRow(id).filter(ItemRow::indexed).map(i -> document(i, OversightReaders.READING_ALL));
	}

	private Optional<TopicRow> topicRow(String id) {
		return number(id, TOPIC).flatMap(
				n -> jdbc.sql(TOPICS + " WHERE t.id = ?").param(n).query(TopicIndex::topic).optional());
	}

	private Optional<ItemRow> itemRow(String id) {
		return number(id, ITEM).flatMap(
				n -> jdbc.sql(ITEMS + " WHERE i.id = ?").param(n).query(TopicIndex::item).optional());
	}

	private static Optional<Long> number(String id, String prefix) {
		if (id == null || !id.startsWith(prefix)) {
			return Optional.empty();
		}
		try {
			return Optional.of(Long.parseLong(id.substring(prefix.length())));
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	private static SearchDocument document(TopicRow t) {
		Map<String, Set<String>> facets = new LinkedHashMap<>();
		facets.put(SearchDocument.YEAR, Set.of(String.valueOf(t.year())));
		if (t.organ() != null) {
			facets.put(SearchDocument.ORG, Set.of(String.valueOf(t.organ())));
		}
		facets.put(SearchDocument.STATE, Set.of(t.state().name()));
		facets.put(SOURCE, Set.of(t.source().name()));
		boolean citizen = t.source() == Topics.Source.PUBLIC;
		String reason = citizen || t.isPublic() ? null : t.reason();
		String answer = !t.isPublic() || citizen ? t.answer() : null;
		String body = Stream.of(reason, answer).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining("\n"));
		Set<String> keys = new LinkedHashSet<>();
		keys.add(SearchDocument.STAFF);
		if (t.isPublic()) {
			keys.add(SearchDocument.PUBLIC);
		}
		return new SearchDocument(TYPE, TOPIC + t.id(), t.title(), body, facets, t.submittedOn(), keys);
	}

	private static SearchDocument document(ItemRow i, Set<String> readingAll) {
		Map<String, Set<String>> facets = new LinkedHashMap<>();
		facets.put(SearchDocument.YEAR, Set.of(String.valueOf(i.year())));
		if (i.organ() != null) {
			facets.put(SearchDocument.ORG, Set.of(String.valueOf(i.organ())));
		}
		facets.put(SearchDocument.STATE, Set.of(Topics.State.ADOPTED.name()));
		facets.put(KIND, Set.of(i.kind()));
		String body = Stream.of(i.note(), i.leadBody()).filter(s -> s != null && !s.isBlank())
			.collect(Collectors.joining("\n"));
		Set<String> keys = new LinkedHashSet<>(readingAll);
		if (i.isPublic()) {
			keys.add(SearchDocument.PUBLIC);
		}
		return new SearchDocument(TYPE, ITEM + i.id(), i.title(), body, facets, null, keys);
	}

	private static TopicRow topic(ResultSet rs, int n) throws SQLException {
		return new TopicRow(rs.getLong("id"), rs.getInt("plan_year"), rs.getString("title"), rs.getString("reason"),
				Topics.State.valueOf(rs.getString("state")), Topics.Source.valueOf(rs.getString("source")),
				rs.getString("answer"), rs.getObject("submitted_on", LocalDate.class),
				(Long) rs.getObject("plan_item_id", Long.class), (Long) rs.getObject("organ_id", Long.class));
	}

	private static ItemRow item(ResultSet rs, int n) throws SQLException {
		return new ItemRow(rs.getLong("id"), rs.getString("kind"), rs.getString("title"),
				(Long) rs.getObject("organ_id", Long.class), rs.getString("lead_body"), rs.getString("note"),
				rs.getInt("added_in"), (Integer) rs.getObject("removed_in", Integer.class), rs.getInt("plan_year"),
				(Integer) rs.getObject("published", Integer.class), rs.getLong("topics") > 0);
	}

	private record TopicRow(long id, int year, String title, String reason, Topics.State state, Topics.Source source,
			String answer, LocalDate submittedOn, Long planItem, Long organ) {

		/** As the portal's page and open data show topics: adopted ones, and the public's own once decided. */
		boolean isPublic() {
			return state == Topics.State.ADOPTED || source == Topics.Source.PUBLIC && state != Topics.State.RECEIVED;
		}
	}

	private record ItemRow(long id, String kind, String title, Long organ, String leadBody, String note, int addedIn,
			Integer removedIn, int year, Integer published, boolean fromTopic) {

		/** Whether the published revision holds the item. */
		boolean isPublic() {
			return published != null && addedIn <= published && (removedIn == null || removedIn > published);
		}

		/** In the plan as it now stands, or as the public reads it, and no topic's document stands for it. */
		boolean indexed() {
			return !fromTopic && (removedIn == null || isPublic());
		}
	}
}
