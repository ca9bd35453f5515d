package org.lvzhi.meetings.sittings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.deadlines.Deadlines;
import org.lvzhi.meetings.MeetingsException;
import org.lvzhi.meetings.SittingId;
import org.lvzhi.meetings.SittingKind;
import org.lvzhi.meetings.SittingState;
import org.lvzhi.meetings.SittingView;
import org.lvzhi.platform.Page;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A standing committee sitting's communiqué (公告) and the texts it adopted. Once the sitting is held
 * the office writes the communiqué, numbered in the term (第N号), and publishes it; from then on it
 * is on the public sitting page and in the public list, and never changes. For a resolution or a
 * decision the sitting adopted the office attaches the adopted text, public with the communiqué and
 * fixed once public.
 */
@Service
@Transactional
class Communiques {

	static final int MAX_TEXT = 20000;
	static final Set<String> WITH_TEXT = Set.of("meetings.item.RESOLUTION", "meetings.item.DECISION");

	record Communique(long id, long sittingId, int term, int number, String body, LocalDate publishedOn, int version) {

		public boolean published() {
			return publishedOn != null;
		}
	}

	/** An adopted resolution or decision and its text ({@code null} until attached). */
	record AdoptedText(long itemId, String title, String kindKey, String body, Integer version) {
	}

	/** A published communiqué with its sitting, for the public list. */
	record Published(Communique communique, SittingView sitting) {
	}

	private static final String COLUMNS = "id, sitting_id, term, number, body, published_on, version";

	private final JdbcClient jdbc;
	private final SittingStore store;
	private final SittingReads reads;
	private final Deadlines deadlines;
	private final ApplicationEventPublisher events;

	Communiques(JdbcClient jdbc, SittingStore store, SittingReads reads, Deadlines deadlines,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.store = store;
		this.reads = reads;
		this.deadlines = deadlines;
		this.events = events;
	}

	@Transactional(readOnly = true)
	Optional<Communique> of(SittingId id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM meetings_communique WHERE sitting_id = ?").param(id.value())
			.query(Communique.class).optional();
	}

	@Transactional(readOnly = true)
	Optional<Communique> published(SittingId id) {
		return of(id).filter(Communique::published);
	}

	/** The number the next communiqué of the term would take. */
	@Transactional(readOnly = true)
	int nextNumber(int term) {
		return jdbc.sql("SELECT COALESCE(MAX(number), 0) + 1 FROM meetings_communique WHERE term = ?").param(term)
			.query(Integer.class).single();
	}

	/**
	 * Writes or rewrites the communiqué of a held sitting while it is not published; without a
	 * number it takes the next one of the term. {@code version} is the one the editor saw
	 * ({@code null} for a new one).
	 */
	long save(SittingId id, Integer version, Integer number, String text) {
		SittingView s = heldSitting(id);
		String body = text == null || text.isBlank() ? null : text.strip();
		if (body == null) {
			throw new MeetingsException("meetings.error.communiqueText");
		}
		if (body.length() > MAX_TEXT) {
			throw new MeetingsException("meetings.error.tooLong", MAX_TEXT);
		}
		if (number != null && (number < 1 || number > 9999)) {
			throw new MeetingsException("meetings.error.number");
		}
		Optional<Communique> before = of(id);
		if (before.isEmpty() && version != null) {
			// The editor saw a communiqué that is no longer there.
			throw new OptimisticLockingFailureException("Communique of sitting " + s.id() + " is gone");
		}
		int n = number != null ? number : before.map(Communique::number).orElseGet(() -> nextNumber(s.term()));
		try {
			if (before.isEmpty()) {
				var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
				jdbc.sql("INSERT INTO meetings_communique (sitting_id, term, number, body) VALUES (?, ?, ?, ?)")
					.params(s.id(), s.term(), n, body).update(key, "id");
			}
			else {
				Communique c = before.get();
				if (c.published()) {
					throw new MeetingsException("meetings.error.communiquePublished");
				}
				int updated = jdbc.sql("UPDATE meetings_communique SET number = ?, body = ?, version = version + 1 WHERE id = ? AND version = ?")
					.params(n, body, c.id(), version == null ? c.version() : version).update();
				if (updated != 1) {
					throw new OptimisticLockingFailureException("Communique " + c.id() + " changed meanwhile");
				}
			}
		}
		catch (DuplicateKeyException e) {
			throw new MeetingsException("meetings.error.communiqueNumberTaken", n, s.term());
		}
		Communique after = of(id).orElseThrow();
		events.publishEvent(new AuditEvent(before.isEmpty() ? "meetings.communique.written" : "meetings.communique.edited",
				"Sitting", String.valueOf(s.id()), "communique:" + after.number(), before.orElse(null), after));
		return after.id();
	}

	/** Publishes the communiqué as it stands; it never changes afterwards. */
	void publish(SittingId id, Integer version) {
		SittingView s = heldSitting(id);
		Communique c = of(id).orElseThrow(() -> new MeetingsException("meetings.error.communiqueText"));
		if (c.published()) {
			throw new MeetingsException("meetings.error.communiquePublished");
		}
		int updated = jdbc.sql("UPDATE meetings_communique SET published_on = ?, version = version + 1 WHERE id = ? AND version = ?")
			.params(deadlines.today(), c.id(), version == null ? c.version() : version).update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("Communique " + c.id() + " changed meanwhile");
		}
		events.publishEvent(new AuditEvent("meetings.communique.published", "Sitting", String.valueOf(s.id()),
				"communique:" + c.number(), c, of(id).orElseThrow()));
	}

	/** The resolutions and decisions the sitting adopted, each with its text if attached. */
	@Transactional(readOnly = true)
	List<AdoptedText> adopted(SittingId id) {
		List<AdoptedText> all = new ArrayList<>();
		jdbc.sql("""
				SELECT i.id, i.title, i.kind_key, t.body, t.version FROM meetings_agenda_item i
				LEFT JOIN meetings_adopted_text t ON t.item_id = i.id
				WHERE i.sitting_id = ? AND i.decision = 'ADOPTED' ORDER BY i.position, i.id""").param(id.value())
			.query((rs, n) -> new AdoptedText(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getObject(5) == null ? null : rs.getInt(5)))
			.list().stream().filter(t -> WITH_TEXT.contains(t.kindKey())).forEach(all::add);
		return all;
	}

	/** The adopted texts the public reads: those of a sitting whose communiqué is published. */
	@Transactional(readOnly = true)
	List<AdoptedText> adoptedTexts(SittingId id) {
		if (published(id).isEmpty()) {
			return List.of();
		}
		return adopted(id).stream().filter(t -> t.body() != null).toList();
	}

	/** Attaches or rewrites the text of an adopted resolution or decision, until it is public. */
	void attachText(long itemId, Integer version, String text) {
		SittingReads.ItemView item = reads.item(itemId).orElseThrow(() -> new MeetingsException("meetings.error.notFound", itemId));
		SittingId sitting = new SittingId(item.sittingId());
		heldSitting(sitting);
		if (!WITH_TEXT.contains(item.kindKey()) || !"ADOPTED".equals(item.decision())) {
			throw new MeetingsException("meetings.error.adoptedTextItem");
		}
		if (published(sitting).isPresent()) {
			throw new MeetingsException("meetings.error.adoptedTextPublished");
		}
		String body = text == null || text.isBlank() ? null : text.strip();
		if (body == null) {
			throw new MeetingsException("meetings.error.adoptedTextRequired");
		}
		if (body.length() > MAX_TEXT) {
			throw new MeetingsException("meetings.error.tooLong", MAX_TEXT);
		}
		Optional<Integer> current = jdbc.sql("SELECT version FROM meetings_adopted_text WHERE item_id = ?").param(itemId)
			.query(Integer.class).optional();
		String before = jdbc.sql("SELECT body FROM meetings_adopted_text WHERE item_id = ?").param(itemId)
			.query(String.class).optional().orElse(null);
		if (current.isEmpty() && version != null) {
			throw new OptimisticLockingFailureException("Adopted text " + itemId + " is gone");
		}
		if (current.isEmpty()) {
			jdbc.sql("INSERT INTO meetings_adopted_text (item_id, body) VALUES (?, ?)").params(itemId, body).update();
		}
		else {
			int updated = jdbc.sql("UPDATE meetings_adopted_text SET body = ?, version = version + 1 WHERE item_id = ? AND version = ?")
				.params(body, itemId, version == null ? current.get() : version).update();
			if (updated != 1) {
				throw new OptimisticLockingFailureException("Adopted text " + itemId + " changed meanwhile");
			}
		}
		events.publishEvent(new AuditEvent("meetings.adoptedText.saved", "AgendaItem", String.valueOf(itemId), item.title(),
				before, body));
	}

	/** Published communiqués, the latest first. */
	@Transactional(readOnly = true)
	Page<Published> publishedPage(int number, int size) {
		long total = jdbc.sql("SELECT COUNT(*) FROM meetings_communique WHERE published_on IS NOT NULL").query(Long.class).single();
		List<Communique> items = jdbc.sql("SELECT " + COLUMNS + " FROM meetings_communique WHERE published_on IS NOT NULL"
				+ " ORDER BY published_on DESC, id DESC LIMIT ? OFFSET ?").params(size, Page.offset(number, size))
			.query(Communique.class).list();
		return new Page<>(items.stream().map(c -> new Published(c, reads.get(new SittingId(c.sittingId())).orElseThrow()))
			.toList(), number, size, total);
	}

	private SittingView heldSitting(SittingId id) {
		SittingView s = store.load(id);
		if (s.kind() != SittingKind.STANDING_COMMITTEE) {
			throw new MeetingsException("meetings.error.communiqueKind");
		}
		if (s.state() != SittingState.HELD && s.state() != SittingState.CLOSED) {
			throw new MeetingsException("meetings.error.notHeld");
		}
		return s;
	}
}
