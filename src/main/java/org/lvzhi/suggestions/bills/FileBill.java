package org.lvzhi.suggestions.bills;

import java.time.LocalDate;
import java.util.List;

import org.lvzhi.directory.PersonId;
import org.lvzhi.suggestions.BillFiled;
import org.lvzhi.suggestions.BillId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lead deputy files the bill once enough deputies signed; it gets the next number of its
 * session, e.g. {@code 2023-议-01}, and waits for the presidium.
 */
@Service
class FileBill {

	private final BillStore store;
	private final BillSettings settings;
	private final ApplicationEventPublisher events;

	FileBill(BillStore store, BillSettings settings, ApplicationEventPublisher events) {
		this.store = store;
		this.settings = settings;
		this.events = events;
	}

	@Transactional
	String file(BillId id, int version, PersonId deputy, LocalDate on) {
		Bill b = store.load(id, version);
		requireLead(b, deputy);
		BillSnapshot before = BillSnapshot.of(b);
		b.file(store.nextSequence(b.year()), new SignatureThreshold(settings.minimumDeputies()), on);
		Bill saved = store.save(b, "filed", before);
		store.notify(saved, List.of(BillStore.OFFICE), "filed");
		List<PersonId> signed = saved.signedDeputies();
		events.publishEvent(new BillFiled(saved.id(), saved.number(), saved.title(), saved.year(), on,
				saved.leadDeputy(), signed.subList(1, signed.size())));
		return saved.number();
	}

	static void requireLead(Bill b, PersonId deputy) {
		if (deputy == null || !b.leadDeputy().equals(deputy)) {
			throw new BillException("bills.error.notLeadDeputy");
		}
	}
}
