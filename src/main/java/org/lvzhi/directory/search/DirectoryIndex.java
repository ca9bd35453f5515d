package org.lvzhi.directory.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.directory.MembershipRole;
import org.lvzhi.directory.MembershipView;
import org.lvzhi.directory.memberships.MembershipReads;
import org.lvzhi.search.DocumentChanged;
import org.lvzhi.search.SearchDocument;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The directory's persons and bodies as search documents, with only what the public Popolo export
 * shows of them (see {@code PopoloExport#publicDocument}): a person's name and memberships (body,
 * role or title, term, constituency), never an ID number, phone, birth date, gender, ethnicity,
 * occupation or address; a body's name, classification and parent.
 *
 * <p>Every change of the directory is audited, so the audit events of persons, bodies and
 * memberships tell which documents changed. They are collected over the transaction and built just
 * before it commits: a roster import writes its memberships after the persons, and a renamed body
 * changes the documents of its members and its sub-bodies, each once.
 */
@Component
class DirectoryIndex {

	static final String PERSON = "person";
	static final String ORGANIZATION = "organization";

	private static final String PERSONS = "SELECT id, name FROM directory_person";
	private static final String ORGANIZATIONS = """
			SELECT o.id, o.name, o.classification, o.parent_id, p.name AS parent_name
			FROM directory_organization o LEFT JOIN directory_organization p ON p.id = o.parent_id""";

	private final JdbcClient jdbc;
	private final MembershipReads memberships;
	private final MessageSource messages;
	private final ApplicationEventPublisher events;

	DirectoryIndex(JdbcClient jdbc, MembershipReads memberships, MessageSource messages,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.memberships = memberships;
		this.messages = messages;
		this.events = events;
	}

	/** The persons and bodies a transaction changed, indexed before it commits. */
	private final class Pending implements TransactionSynchronization {

		final Set<Long> persons = new TreeSet<>();
		final Set<Long> organizations = new TreeSet<>();
		final Set<Long> memberships = new TreeSet<>();

		@Override
		public void beforeCommit(boolean readOnly) {
			DirectoryIndex.this.index(this);
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(DirectoryIndex.this);
		}
	}

	@EventListener
	void on(AuditEvent event) {
		if (!event.action().startsWith("directory.") || event.subjectId() == null || "null".equals(event.subjectId())) {
			return;
		}
		long id;
		try {
			id = Long.parseLong(event.subjectId());
		}
		catch (NumberFormatException e) {
			return;
		}
		Pending pending = pending();
		switch (event.subjectType()) {
			case "Person" -> pending.persons.add(id);
			case "Organization" -> pending.organizations.add(id);
			case "Membership" -> pending.memberships.add(id);
			default -> {
				return;
			}
		}
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			index(pending);
		}
	}

	private Pending pending() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return new Pending();
		}
		Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
		if (pending == null) {
			pending = new Pending();
			TransactionSynchronizationManager.bindResource(this, pending);
			TransactionSynchronizationManager.registerSynchronization(pending);
		}
		return pending;
	}

	private void index(Pending pending) {
		Set<Long> persons = new TreeSet<>(pending.persons);
		Set<Long> organizations = new TreeSet<>(pending.organizations);
		for (long membership : pending.memberships) {
			memberships.byId(membership).ifPresent(m -> persons.add(m.personId().value()));
		}
		for (long organization : pending.organizations) {
			// The body's name is in its members' and its sub-bodies' documents.
			memberships.ofOrganization(organization).forEach(m -> persons.add(m.personId().value()));
			organizations.addAll(jdbc.sql("SELECT id FROM directory_organization WHERE parent_id = ?").param(organization)
				.query(Long.class).list());
		}
		pending.persons.clear();
		pending.organizations.clear();
		pending.memberships.clear();
		for (long person : persons) {
			person(person).ifPresent(d -> events.publishEvent(new DocumentChanged(d)));
		}
		for (long organization : organizations) {
			organization(organization).ifPresent(d -> events.publishEvent(new DocumentChanged(d)));
		}
	}

	Optional<SearchDocument> person(long id) {
		return jdbc.sql(PERSONS + " WHERE id = ?").param(id)
			.query((rs, n) -> personDocument(rs.getLong(1), rs.getString(2), memberships.ofPerson(id)))
			.optional();
	}

	Optional<SearchDocument> organization(long id) {
		return jdbc.sql(ORGANIZATIONS + " WHERE o.id = ?").param(id).query(this::organizationDocument).optional();
	}

	long personCount() {
		return jdbc.sql("SELECT COUNT(*) FROM directory_person").query(Long.class).single();
	}

	long organizationCount() {
		return jdbc.sql("SELECT COUNT(*) FROM directory_organization").query(Long.class).single();
	}

	void forEachPerson(Consumer<SearchDocument> consumer) {
		Map<Long, List<MembershipView>> byPerson = new HashMap<>();
		memberships.all().forEach(m -> byPerson.computeIfAbsent(m.personId().value(), k -> new ArrayList<>()).add(m));
		jdbc.sql(PERSONS + " ORDER BY id").query(rs -> {
			long id = rs.getLong(1);
			consumer.accept(personDocument(id, rs.getString(2), byPerson.getOrDefault(id, List.of())));
		});
	}

	void forEachOrganization(Consumer<SearchDocument> consumer) {
		jdbc.sql(ORGANIZATIONS + " ORDER BY o.id").query((rs, n) -> organizationDocument(rs, n)).list()
			.forEach(consumer);
	}

	/**
	 * A person who holds a deputy's, member's or office holder's membership is in the public
	 * Popolo export, with those memberships: the document is public and lists them alone. A person
	 * with staff memberships only (an office's staff) is found by staff and by herself.
	 */
	private SearchDocument personDocument(long id, String name, List<MembershipView> all) {
		List<MembershipView> held = all.stream().filter(m -> m.role() != MembershipRole.STAFF).toList();
		boolean open = !held.isEmpty();
		List<MembershipView> shown = new ArrayList<>(open ? held : all);
		shown.sort(Comparator.comparing(MembershipView::startDate, Comparator.nullsLast(Comparator.reverseOrder()))
			.thenComparing(m -> m.id().value(), Comparator.reverseOrder()));
		StringBuilder body = new StringBuilder();
		Set<String> organizations = new LinkedHashSet<>();
		Set<String> levels = new TreeSet<>();
		Set<String> roles = new TreeSet<>();
		for (MembershipView m : shown) {
			if (!body.isEmpty()) {
				body.append('\n');
			}
			body.append(m.organizationName()).append(' ')
				.append(m.label() != null ? m.label() : zh("directory.role." + m.role()));
			if (m.term() != null) {
				body.append(' ').append(zh("directory.search.term", m.term()));
			}
			if (m.constituency() != null && !m.constituency().isBlank()) {
				body.append(' ').append(m.constituency().strip());
			}
			if (m.endDate() != null) {
				body.append(' ').append(zh("directory.search.ended", m.endDate()));
			}
			organizations.add(String.valueOf(m.organizationId().value()));
			roles.add(m.role().name());
			if (m.role() == MembershipRole.DEPUTY && m.level() != null) {
				levels.add(m.level().name());
			}
		}
		Map<String, Set<String>> facets = new LinkedHashMap<>();
		if (!organizations.isEmpty()) {
			facets.put(SearchDocument.ORG, organizations);
		}
		if (!levels.isEmpty()) {
			facets.put("level", levels);
		}
		if (!roles.isEmpty()) {
			facets.put("role", roles);
		}
		Set<String> readers = new LinkedHashSet<>();
		readers.add(SearchDocument.STAFF);
		readers.add(SearchDocument.personReader(id));
		if (open) {
			readers.add(SearchDocument.PUBLIC);
		}
		return new SearchDocument(PERSON, String.valueOf(id), name, body.toString(), facets, null, readers);
	}

	/** Every body is in the public Popolo export, with its name, classification and parent. */
	private SearchDocument organizationDocument(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		long id = rs.getLong("id");
		String classification = rs.getString("classification");
		String parent = rs.getString("parent_name");
		long parentId = rs.getLong("parent_id");
		StringBuilder body = new StringBuilder(zh("directory.classification." + classification));
		Map<String, Set<String>> facets = new LinkedHashMap<>();
		facets.put("classification", Set.of(classification));
		Set<String> orgs = new LinkedHashSet<>();
		orgs.add(String.valueOf(id));
		if (parent != null) {
			body.append('\n').append(parent);
			orgs.add(String.valueOf(parentId));
		}
		facets.put(SearchDocument.ORG, orgs);
		return new SearchDocument(ORGANIZATION, String.valueOf(id), rs.getString("name"), body.toString(), facets, null,
				Set.of(SearchDocument.PUBLIC, SearchDocument.STAFF));
	}

	private String zh(String key, Object... args) {
		return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
	}
}
