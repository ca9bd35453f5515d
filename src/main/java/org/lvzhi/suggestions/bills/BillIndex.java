package org.lvzhi.suggestions.bills;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.lvzhi.search.DocumentChanged;
import org.lvzhi.search.DocumentSource;
import org.lvzhi.search.FacetLabels;
import org.lvzhi.search.SearchDocument;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * Deputies' bills as search documents (type {@code bill}), found by whoever opens the bill's page
 * ({@link BillAccess#canOpen}): its lead deputy and the deputies asked to sign, from the draft on;
 * the office once it is filed (the office key is {@code staff}, the narrowest key the index knows
 * for the deputies' affairs commission and the general office); the organs it was handed to and
 * the special committee it was referred to; and everybody once its handling is completed, when it
 * is on the public bills page. The public document holds what that page shows: the title, the
 * proposal and the outcome; before, the grounds and the reports are searched too. Every move of a
 * bill is saved by {@link BillStore#save}, which hands it here.
 */
@Component
class BillIndex implements DocumentSource {

	static final String TYPE = "bill";

	private final BillRepository repository;
	private final MessageSource messages;
	private final ApplicationEventPublisher events;

	BillIndex(BillRepository repository, MessageSource messages, ApplicationEventPublisher events) {
		this.repository = repository;
		this.messages = messages;
		this.events = events;
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public long size() {
		return repository.count();
	}

	@Override
	public void forEach(Consumer<SearchDocument> consumer) {
		repository.findAll().forEach(b -> consumer.accept(document(b)));
	}

	@Override
	public String link(String id) {
		return "/bills/" + id;
	}

	@Override
	public String publicLink(String id) {
		return repository.findById(Long.parseLong(id)).filter(b -> b.state() == BillState.COMPLETED)
			.map(b -> "/public/bills/" + id).orElse(null);
	}

	/** Puts the bill as saved in the index once the transaction commits. */
	void changed(Bill b) {
		events.publishEvent(new DocumentChanged(document(b)));
	}

	SearchDocument document(Bill b) {
		boolean open = b.state() == BillState.COMPLETED;
		StringBuilder body = new StringBuilder();
		if (b.number() != null) {
			body.append(b.number()).append('\n');
		}
		if (!open && b.grounds() != null) {
			body.append(b.grounds()).append('\n');
		}
		if (b.proposal() != null) {
			body.append(b.proposal());
		}
		if (b.outcome() != null) {
			body.append('\n').append(messages.getMessage("bills.outcome." + b.outcome(), null, Locale.SIMPLIFIED_CHINESE));
		}
		append(body, b.outcomeNote());
		if (!open) {
			append(body, b.committeeReport());
			b.organs().forEach(o -> append(body, o.report()));
		}
		append(body, b.completionNote());
		Map<String, Set<String>> facets = new LinkedHashMap<>();
		facets.put(SearchDocument.YEAR, Set.of(String.valueOf(b.year())));
		facets.put(SearchDocument.STATE, Set.of(b.state().name()));
		Set<String> bodies = new LinkedHashSet<>();
		if (b.committeeId() != null) {
			bodies.add(String.valueOf(b.committeeId()));
		}
		b.organs().forEach(o -> bodies.add(String.valueOf(o.organizationId())));
		if (!bodies.isEmpty()) {
			facets.put(SearchDocument.ORG, bodies);
		}
		Set<String> readers = new LinkedHashSet<>();
		readers.add(SearchDocument.personReader(b.leadDeputy().value()));
		b.signers().forEach(s -> readers.add(SearchDocument.personReader(s.personId())));
		if (b.state() != BillState.DRAFTED) {
			readers.add(SearchDocument.STAFF);
		}
		bodies.forEach(org -> readers.add(SearchDocument.orgReader(Long.parseLong(org))));
		if (open) {
			readers.add(SearchDocument.PUBLIC);
		}
		return new SearchDocument(TYPE, String.valueOf(b.id().value()), b.title(), body.toString().strip(), facets,
				b.filedOn() != null ? b.filedOn() : b.draftedOn(), readers);
	}

	private static void append(StringBuilder body, String text) {
		if (text != null && !text.isBlank()) {
			body.append('\n').append(text);
		}
	}

	/** Names the states of the bills' {@code state} facet as their pages do. */
	@Configuration(proxyBeanMethods = false)
	static class StateLabels {

		@Bean
		FacetLabels billStates(MessageSource messages) {
			return FacetLabels.messages(TYPE, SearchDocument.STATE, messages, value -> "bills.state." + value);
		}
	}
}
