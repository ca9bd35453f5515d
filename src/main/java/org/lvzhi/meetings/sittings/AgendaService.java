package org.lvzhi.meetings.sittings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.deadlines.Deadlines;
import org.lvzhi.meetings.MeetingsException;
import org.lvzhi.meetings.SittingId;
import org.lvzhi.meetings.SittingState;
import org.lvzhi.meetings.SittingView;
import org.lvzhi.platform.FieldLimits;
import org.lvzhi.platform.SittingItem;
import org.lvzhi.platform.SittingItems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A sitting's agenda: items taken from what the other modules have due for the sitting (their
 * {@link SittingItems}: work reports, drafts for a reading, inquiries, evaluations), never typed
 * again, plus free items (resolutions, decisions, appointments, other business); ordered by the
 * office, each decided once the sitting is held.
 */
@Service
@Transactional
class AgendaService {

	/** The kinds of free item, as message keys {@code meetings.item.<KIND>}. */
	static final List<String> FREE_KINDS = List.of("RESOLUTION", "DECISION", "APPOINTMENT", "PLAN", "OTHER");
	static final Set<String> DECISIONS = Set.of("ADOPTED", "NOT_ADOPTED", "DELIBERATED");

	private final JdbcClient jdbc;
	private final SittingStore store;
	private final SittingReads reads;
	private final ObjectProvider<SittingItems> contributors;
	private final Deadlines deadlines;
	private final FieldLimits limits;
	private final ApplicationEventPublisher events;
	private final SittingIndex index;

	AgendaService(JdbcClient jdbc, SittingStore store, SittingReads reads, ObjectProvider<SittingItems> contributors,
			Deadlines deadlines, FieldLimits limits, ApplicationEventPublisher events, SittingIndex index) {
		this.index = index;
		this.jdbc = jdbc;
		this.store = store;
		this.reads = reads;
		this.contributors = contributors;
		this.deadlines = deadlines;
		this.limits = limits;
		this.events = events;
	}

	/**
	 * What the other modules have for the sitting and is not on its agenda yet: business coming to a
	 * sitting (or waiting to be scheduled), and business they record as dealt with on its day. Each
	 * is known by its page's link; the ones dated on the sitting's day come first.
	 */
	@Transactional(readOnly = true)
	List<SittingItem> candidates(SittingView s) {
		LocalDate from = s.heldOn().isBefore(deadlines.today()) ? s.heldOn() : deadlines.today();
		Map<String, SittingItem> byLink = new LinkedHashMap<>();
		List<SittingItem> found = new ArrayList<>();
		for (SittingItems c : contributors.orderedStream().toList()) {
			for (SittingItem i : c.upcoming(from)) {
				if (i.atSitting() || i.date() == null) {
					found.add(i);
				}
			}
			for (SittingItem i : c.decided(s.heldOn(), 500)) {
				if (i.atSitting() && s.heldOn().equals(i.date())) {
					found.add(i);
				}
			}
		}
		found.sort(java.util.Comparator.comparing((SittingItem i) -> !s.heldOn().equals(i.date()))
			.thenComparing(i -> i.date() == null ? LocalDate.MAX : i.date()));
		Set<String> taken = Set.copyOf(reads.agenda(s.sittingId()).stream()
			.map(SittingReads.ItemView::link).filter(java.util.Objects::nonNull).toList());
		for (SittingItem i : found) {
			if (i.link() != null && !taken.contains(i.link())) {
				byLink.putIfAbsent(i.link(), i);
			}
		}
		return List.copyOf(byLink.values());
	}

	/** Puts on the agenda the due business with this link, as its module describes it. */
	long addDue(SittingId id, String link) {
		SittingView s = editable(id);
		SittingItem due = candidates(s).stream().filter(i -> i.link().equals(link)).findFirst()
			.orElseThrow(() -> new MeetingsException("meetings.error.notDue"));
		return insert(s, due.kindKey(), limited(due.title()), due.link());
	}

	/** Puts a free item on the agenda. */
	long addFree(SittingId id, String kind, String title) {
		SittingView s = editable(id);
		if (kind == null || !FREE_KINDS.contains(kind)) {
			throw new MeetingsException("meetings.error.kindRequired");
		}
		if (title == null || title.isBlank()) {
			throw new MeetingsException("meetings.error.titleRequired");
		}
		return insert(s, "meetings.item." + kind, limits.check("meetings_agenda_item.title", title.strip()), null);
	}

	/** Moves an item one place up ({@code -1}) or down ({@code +1}). */
	void move(long itemId, Integer version, int direction) {
		SittingReads.ItemView item = item(itemId, version);
		SittingView s = editable(new SittingId(item.sittingId()));
		List<SittingReads.ItemView> agenda = reads.agenda(s.sittingId());
		int at = indexOf(agenda, itemId);
		int to = at + Integer.signum(direction);
		if (to < 0 || to >= agenda.size()) {
			return;
		}
		List<SittingReads.ItemView> reordered = new ArrayList<>(agenda);
		reordered.add(to, reordered.remove(at));
		for (int i = 0; i < reordered.size(); i++) {
			jdbc.sql("UPDATE meetings_agenda_item SET position = ? WHERE id = ?").params(i + 1, reordered.get(i).id()).update();
		}
		bump(item);
		audit("moved", item, reads.item(itemId).orElseThrow());
	}

	/** Takes an item off the agenda, while nothing has been voted on it. */
	void remove(long itemId, Integer version) {
		SittingReads.ItemView item = item(itemId, version);
		editable(new SittingId(item.sittingId()));
		boolean voted = jdbc.sql("SELECT COUNT(*) FROM meetings_vote WHERE item_id = ?").param(itemId).query(Integer.class)
			.single() > 0;
		if (voted) {
			throw new MeetingsException("meetings.error.itemVoted");
		}
		jdbc.sql("DELETE FROM meetings_agenda_item WHERE id = ? AND version = ?").params(itemId, item.version()).update();
		audit("removed", item, null);
	}

	/** Records what the sitting decided on an item (adopted, not adopted, deliberated). */
	void decide(long itemId, Integer version, String decision) {
		SittingReads.ItemView item = item(itemId, version);
		SittingView s = store.load(new SittingId(item.sittingId()));
		if (s.state() != SittingState.HELD) {
			throw new MeetingsException("meetings.error.notHeld");
		}
		if (decision == null || !DECISIONS.contains(decision)) {
			throw new MeetingsException("meetings.error.decisionRequired");
		}
		bump(item);
		jdbc.sql("UPDATE meetings_agenda_item SET decision = ? WHERE id = ?").params(decision, itemId).update();
		audit("decided", item, reads.item(itemId).orElseThrow());
	}

	private long insert(SittingView s, String kindKey, String title, String link) {
		int position = jdbc.sql("SELECT COALESCE(MAX(position), 0) + 1 FROM meetings_agenda_item WHERE sitting_id = ?")
			.param(s.id()).query(Integer.class).single();
		var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
		try {
			jdbc.sql("INSERT INTO meetings_agenda_item (sitting_id, position, kind_key, title, link) VALUES (?, ?, ?, ?, ?)")
				.params(s.id(), position, kindKey, title, link).update(key, "id");
		}
		catch (DuplicateKeyException e) {
			throw new MeetingsException("meetings.error.alreadyOnAgenda");
		}
		long id = key.getKey().longValue();
		audit("added", null, reads.item(id).orElseThrow());
		return id;
	}

	private SittingView editable(SittingId id) {
		SittingView s = store.load(id);
		if (s.state() == SittingState.CLOSED) {
			throw new MeetingsException("meetings.error.closed");
		}
		return s;
	}

	private SittingReads.ItemView item(long itemId, Integer version) {
		SittingReads.ItemView item = reads.item(itemId)
			.orElseThrow(() -> new MeetingsException("meetings.error.notFound", itemId));
		if (version != null && version != item.version()) {
			throw new OptimisticLockingFailureException("Agenda item " + itemId + " is at version " + item.version());
		}
		return item;
	}

	private void bump(SittingReads.ItemView item) {
		int n = jdbc.sql("UPDATE meetings_agenda_item SET version = version + 1 WHERE id = ? AND version = ?")
			.params(item.id(), item.version()).update();
		if (n != 1) {
			throw new OptimisticLockingFailureException("Agenda item " + item.id() + " changed meanwhile");
		}
	}

	private String limited(String title) {
		int max = limits.max("meetings_agenda_item.title");
		return title.length() <= max ? title : title.substring(0, max);
	}

	private void audit(String action, SittingReads.ItemView before, SittingReads.ItemView after) {
		SittingReads.ItemView any = after != null ? after : before;
		events.publishEvent(new AuditEvent("meetings.agenda." + action, "AgendaItem", String.valueOf(any.id()),
				any.title(), before, after));
		index.changed(new SittingId(any.sittingId()));
	}

	private static int indexOf(List<SittingReads.ItemView> agenda, long itemId) {
		for (int i = 0; i < agenda.size(); i++) {
			if (agenda.get(i).id() == itemId) {
				return i;
			}
		}
		throw new MeetingsException("meetings.error.notFound", itemId);
	}
}
