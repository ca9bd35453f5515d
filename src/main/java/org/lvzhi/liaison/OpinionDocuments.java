package org.lvzhi.liaison;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.lvzhi.directory.Directory;
import org.lvzhi.liaison.web.LiaisonAccess;
import org.lvzhi.search.DocumentChanged;
import org.lvzhi.search.DocumentSource;
import org.lvzhi.search.SearchDocument;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Constituents' opinions as search documents (type {@code opinion}): the subject as title; the
 * matter, the answer (or the reason it was redirected) and the constituent's feedback as body, with the constituent's name and phone
 * and any telephone or ID number struck out ({@link OpinionText}). Facets: year, state, category,
 * the station, and the body it was forwarded to ({@code forwardedTo}, the ground of the routing
 * hint: the directory organization's ID when the name forwarded to is one, else the name as
 * written; the ID also as {@code org}).
 *
 * <p>Readers are those who may open the opinion's page ({@link LiaisonAccess#canOpen}): the
 * deputies' affairs office and the administrators, the deputies of its station, or, for an opinion
 * left for deputies directly, those deputies. Every write of an opinion ({@link OpinionsSaved}) and
 * every change of a station's deputies ({@link StationDeputiesAssigned}) publishes the documents
 * again. {@link #documents(String, Map)} (the rebuild) and {@link #on(OpinionsSaved)} build the
 * same document for the same opinion; {@code OpinionSearchTests} compares them.
 */
@Component
class OpinionDocuments implements DocumentSource {

	static final String TYPE = "opinion";
	static final String STATION = "station";
	static final String CATEGORY = "category";
	static final String FORWARDED_TO = "forwardedTo";
	static final int PAGE = 1000;

	private final JdbcClient jdbc;
	private final Directory directory;
	private final ApplicationEventPublisher events;

	OpinionDocuments(JdbcClient jdbc, Directory directory, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.events = events;
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public long size() {
		return jdbc.sql("SELECT COUNT(*) FROM liaison_opinion").query(Long.class).single();
	}

	@Override
	public void forEach(Consumer<SearchDocument> consumer) {
		Map<Long, List<Long>> deputies = stationDeputies(null);
		Bodies bodies = new Bodies(directory);
		long after = 0;
		while (true) {
			List<Source> page = sources("o.id > :after", Map.of("after", after));
			if (page.isEmpty()) {
				return;
			}
			page.forEach(s -> consumer.accept(document(s, deputies, bodies)));
			after = page.get(page.size() - 1).id();
		}
	}

	@Override
	public String link(String id) {
		return "/liaison/opinions/" + id;
	}

	@EventListener
	void on(OpinionsSaved saved) {
		Set<Long> stations = saved.opinions().stream().map(o -> o.stationId).filter(java.util.Objects::nonNull)
			.collect(Collectors.toSet());
		Map<Long, List<Long>> deputies = stations.isEmpty() ? Map.of() : stationDeputies(stations);
		Bodies bodies = new Bodies(directory);
		for (Opinion o : saved.opinions()) {
			events.publishEvent(new DocumentChanged(document(Source.of(o), deputies, bodies)));
		}
	}

	/** The station's deputies find its opinions, and only they: its documents change readers. */
	@EventListener
	void on(StationDeputiesAssigned assigned) {
		documents("o.station_id = :station", Map.of("station", assigned.station().value()))
			.forEach(d -> events.publishEvent(new DocumentChanged(d)));
	}

	/** The documents of the opinions matching a condition on {@code o}, as the rebuild builds them. */
	List<SearchDocument> documents(String condition, Map<String, Object> params) {
		Map<Long, List<Long>> deputies = stationDeputies(null);
		Bodies bodies = new Bodies(directory);
		List<SearchDocument> all = new ArrayList<>();
		long after = 0;
		while (true) {
			Map<String, Object> p = new HashMap<>(params);
			p.put("after", after);
			List<Source> page = sources(condition + " AND o.id > :after", p);
			if (page.isEmpty()) {
				return all;
			}
			page.forEach(s -> all.add(document(s, deputies, bodies)));
			after = page.get(page.size() - 1).id();
		}
	}

	/** One page of opinions by ascending ID, with their deputies and the constituent's feedback. */
	private List<Source> sources(String condition, Map<String, Object> params) {
		List<Source> rows = jdbc.sql("""
				SELECT o.id, o.station_id, o.received_on, o.constituent_name, o.constituent_phone, o.subject, o.body,
				       o.category, o.state, o.forwarded_to, o.answer, o.redirect_reason
				FROM liaison_opinion o WHERE %s ORDER BY o.id LIMIT %d""".formatted(condition, PAGE))
			.params(params)
			.query((rs, n) -> new Source(rs.getLong("id"), rs.getObject("station_id", Long.class),
					rs.getObject("received_on", LocalDate.class), rs.getString("constituent_name"),
					rs.getString("constituent_phone"), rs.getString("subject"), rs.getString("body"),
					rs.getString("category"), OpinionState.valueOf(rs.getString("state")), rs.getString("forwarded_to"),
					rs.getString("answer"), rs.getString("redirect_reason"), new ArrayList<>(), new ArrayList<>()))
			.list();
		if (rows.isEmpty()) {
			return rows;
		}
		Map<Long, Source> byId = new HashMap<>();
		rows.forEach(r -> byId.put(r.id(), r));
		long first = rows.get(0).id();
		long last = rows.get(rows.size() - 1).id();
		jdbc.sql("""
				SELECT opinion_id, person_id FROM liaison_opinion_deputy WHERE opinion_id BETWEEN :first AND :last
				ORDER BY opinion_id, person_id""")
			.param("first", first).param("last", last)
			.query(rs -> {
				Source s = byId.get(rs.getLong(1));
				if (s != null) {
					s.deputies().add(rs.getLong(2));
				}
			});
		jdbc.sql("""
				SELECT opinion_id, note FROM liaison_opinion_step WHERE opinion_id BETWEEN :first AND :last
				  AND kind = 'CONSTITUENT_FEEDBACK' AND note IS NOT NULL ORDER BY opinion_id, id""")
			.param("first", first).param("last", last)
			.query(rs -> {
				Source s = byId.get(rs.getLong(1));
				if (s != null) {
					s.feedback().add(rs.getString(2));
				}
			});
		return rows;
	}

	/** The deputies of the given stations (all when {@code null}), by station. */
	private Map<Long, List<Long>> stationDeputies(Set<Long> stations) {
		Map<Long, List<Long>> deputies = new HashMap<>();
		String sql = "SELECT station_id, person_id FROM liaison_station_deputy"
				+ (stations == null ? "" : " WHERE station_id IN (:stations)");
		var query = jdbc.sql(sql);
		if (stations != null) {
			query = query.param("stations", stations);
		}
		query.query(rs -> {
			deputies.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
		});
		return deputies;
	}

	static SearchDocument document(Source s, Map<Long, List<Long>> stationDeputies, Bodies bodies) {
		String name = s.constituentName();
		String phone = s.constituentPhone();
		String body = Stream.concat(Stream.of(s.body(), s.answer(), s.redirectReason()), s.feedback().stream())
			.map(t -> OpinionText.scrubbed(t, name, phone))
			.filter(t -> !t.isEmpty())
			.collect(Collectors.joining("\n"));
		Map<String, Set<String>> facets = new LinkedHashMap<>();
		facets.put(SearchDocument.YEAR, Set.of(String.valueOf(s.receivedOn().getYear())));
		facets.put(SearchDocument.STATE, Set.of(s.state().name()));
		if (s.category() != null) {
			facets.put(CATEGORY, Set.of(s.category()));
		}
		if (s.station() != null) {
			facets.put(STATION, Set.of(s.station().toString()));
		}
		if (s.forwardedTo() != null && !s.forwardedTo().isBlank()) {
			Optional<Long> org = bodies.idOf(s.forwardedTo().strip());
			facets.put(FORWARDED_TO, Set.of(org.map(String::valueOf).orElse(s.forwardedTo().strip())));
			org.ifPresent(id -> facets.put(SearchDocument.ORG, Set.of(String.valueOf(id))));
		}
		Set<String> readers = new LinkedHashSet<>();
		readers.add(SearchDocument.officeReader(LiaisonAccess.DEPUTY_AFFAIRS));
		readers.add(SearchDocument.ADMIN);
		List<Long> deputies = s.station() != null ? stationDeputies.getOrDefault(s.station(), List.of()) : s.deputies();
		deputies.forEach(p -> readers.add(SearchDocument.personReader(p)));
		return new SearchDocument(TYPE, String.valueOf(s.id()), OpinionText.scrubbed(s.subject(), name, phone), body,
				facets, s.receivedOn(), readers);
	}

	/** What a document is made of, read from the row (rebuild) or from the saved opinion (events). */
	record Source(long id, Long station, LocalDate receivedOn, String constituentName, String constituentPhone,
			String subject, String body, String category, OpinionState state, String forwardedTo, String answer,
			String redirectReason, List<String> feedback, List<Long> deputies) {

		static Source of(Opinion o) {
			List<String> feedback = o.steps.stream()
				.filter(step -> step.kind() == StepKind.CONSTITUENT_FEEDBACK && step.note() != null)
				.map(Opinion.Step::note)
				.toList();
			return new Source(o.id, o.stationId, o.receivedOn, o.constituentName, o.constituentPhone, o.subject, o.body,
					o.category, o.state, o.forwardedTo, o.answer, o.redirectReason, feedback, List.copyOf(o.deputyIds));
		}
	}

	/**
	 * The directory organizations the names forwarded to stand for, each name looked up once: the
	 * station writes the body's name, which is a directory organization's for the city's departments
	 * and often no one's for a street office.
	 */
	static final class Bodies {

		private final Directory directory;
		private final Map<String, Optional<Long>> ids = new HashMap<>();

		Bodies(Directory directory) {
			this.directory = directory;
		}

		Optional<Long> idOf(String name) {
			return ids.computeIfAbsent(name, n -> directory.organizationNamed(n).map(v -> v.id().value()));
		}
	}
}
