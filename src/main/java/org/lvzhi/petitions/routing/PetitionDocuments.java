package org.lvzhi.petitions.routing;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.lvzhi.petitions.PetitionId;
import org.lvzhi.petitions.PetitionRouted;
import org.lvzhi.petitions.handling.PetitionChanged;
import org.lvzhi.petitions.handling.PetitionRegistered;
import org.lvzhi.petitions.handling.PetitionsOffice;
import org.lvzhi.search.DocumentChanged;
import org.lvzhi.search.DocumentSource;
import org.lvzhi.search.SearchDocument;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Petitions handed to a body (转送, 交办) as search documents of type {@code petition}: the subject
 * as title, the matter as body, both without personal data ({@link MatterText}), the body as the
 * facet {@code body}, the category and area as facets, and the common facets year, body concerned
 * (the handling body's directory ID) and state. Only the petitions office finds them: their one
 * reader key is the office's ({@code office:PETITIONS}); the routing hint reads the index without
 * reader keys.
 */
@Component
public class PetitionDocuments implements DocumentSource {

	public static final String TYPE = "petition";
	static final String BODY = "body";
	/** The petitions office's key: no other staff, unit or administrator reads a petition. */
	public static final String READER = SearchDocument.officeReader(PetitionsOffice.CODE);

	private static final String SELECT = """
			SELECT p.id, p.subject, p.matter, p.category, p.area, p.handling_body, p.handling_body_id, p.routed_on, p.route,
			       p.received_on, p.state,
			       w.name, w.id_number, w.phone, w.address, w.representatives
			FROM petitions_petition p LEFT JOIN petitions_petitioner w ON w.petition_id = p.id
			WHERE 1 = 1""";

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;

	PetitionDocuments(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	@Override
	public String type() {
		return TYPE;
	}

	/** The office's page of the petition; a handling body reads its matters on its own pages, not from a hit. */
	@Override
	public String link(String id) {
		return "/petitions/" + id;
	}

	@Override
	public long size() {
		return jdbc.sql("SELECT COUNT(*) FROM petitions_petition").query(Long.class).single();
	}

	@Override
	public void forEach(Consumer<SearchDocument> consumer) {
		jdbc.sql(SELECT + " ORDER BY p.id").query(PetitionDocuments::document).stream().forEach(consumer);
	}

	/** A matter handed to a body joins the ground of the hint, with its body, once the routing commits. */
	@EventListener
	void on(PetitionRouted routed) {
		document(routed.petition()).ifPresent(d -> events.publishEvent(new DocumentChanged(d)));
	}

	/** A new petition is in the index for the duplicate check as soon as its registration commits. */
	@EventListener
	void on(PetitionRegistered registered) {
		document(registered.petition()).ifPresent(d -> events.publishEvent(new DocumentChanged(d)));
	}

	/** Every later move changes the state facet. */
	@EventListener
	void on(PetitionChanged changed) {
		document(changed.petition()).ifPresent(d -> events.publishEvent(new DocumentChanged(d)));
	}

	java.util.Optional<SearchDocument> document(PetitionId id) {
		return jdbc.sql(SELECT + " AND p.id = :id").param("id", id.value()).query(PetitionDocuments::document).optional();
	}

	private static SearchDocument document(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		List<String> personal = Arrays.asList(rs.getString("name"), rs.getString("id_number"), rs.getString("phone"),
				rs.getString("address"), rs.getString("representatives"));
		Map<String, Set<String>> facets = new java.util.LinkedHashMap<>();
		String route = rs.getString("route");
		if (rs.getString("handling_body") != null && ("TRANSFER".equals(route) || "ASSIGN".equals(route))) {
			// Only a matter handed over says where similar matters go; the others are there for the duplicate check.
			facets.put(BODY, Set.of(rs.getString("handling_body")));
		}
		facets.put("category", Set.of(rs.getString("category")));
		if (rs.getString("area") != null) {
			facets.put("area", Set.of(rs.getString("area")));
		}
		LocalDate received = rs.getObject("received_on", LocalDate.class);
		if (received != null) {
			facets.put(SearchDocument.YEAR, Set.of(String.valueOf(received.getYear())));
		}
		long bodyId = rs.getLong("handling_body_id");
		if (!rs.wasNull()) {
			facets.put(SearchDocument.ORG, Set.of(String.valueOf(bodyId)));
		}
		facets.put(SearchDocument.STATE, Set.of(rs.getString("state")));
		return new SearchDocument(TYPE, String.valueOf(rs.getLong("id")),
				MatterText.scrubbed(rs.getString("subject"), personal), MatterText.scrubbed(rs.getString("matter"), personal),
				facets, received, Set.of(READER));
	}

}
