package org.lvzhi.meetings.sittings;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.deadlines.Deadlines;
import org.lvzhi.directory.Classification;
import org.lvzhi.directory.DeputyLevel;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.MembershipId;
import org.lvzhi.directory.OrganizationQuery;
import org.lvzhi.directory.OrganizationView;
import org.lvzhi.meetings.BallotForm;
import org.lvzhi.meetings.SittingId;
import org.lvzhi.meetings.SittingKind;
import org.lvzhi.meetings.SittingState;
import org.lvzhi.meetings.SittingView;
import org.lvzhi.meetings.VoteClosed;
import org.lvzhi.search.DocumentChanged;
import org.lvzhi.search.DocumentSource;
import org.lvzhi.search.FacetLabels;
import org.lvzhi.search.SearchDocument;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sittings as search documents (type {@code sitting}): the sitting's name as title; its place,
 * agenda items, what was decided on each and the totals of each item's last closed vote as body.
 * One hit per sitting rather than one per resolution: a resolution is read on its sitting's page,
 * and its title and outcome are found there.
 *
 * <p>A standing committee sitting is on the public sittings page from the day it is planned, so its
 * document is public, with what that page shows and nothing more (never who attended or voted
 * how, nor the minutes). A meeting of the council of chairpersons is read by staff and by the
 * members of the standing committee ({@link org.lvzhi.meetings.rules.MeetingsAccess#isReader}); its
 * minutes are searched too. Members are taken as of the day the document is built, and the meetings
 * are indexed again when a seat on the committee is taken or ended (a seat that ends on a date
 * set beforehand reaches the index with the meeting's next change or a rebuild).
 */
@Component
class SittingIndex implements DocumentSource {

	static final String TYPE = "sitting";

	private final JdbcClient jdbc;
	private final SittingReads reads;
	private final Directory directory;
	private final Deadlines deadlines;
	private final MessageSource messages;
	private final ApplicationEventPublisher events;

	SittingIndex(JdbcClient jdbc, SittingReads reads, Directory directory, Deadlines deadlines, MessageSource messages,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.reads = reads;
		this.directory = directory;
		this.deadlines = deadlines;
		this.messages = messages;
		this.events = events;
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public long size() {
		return jdbc.sql("SELECT COUNT(*) FROM meetings_sitting").query(Long.class).single();
	}

	@Override
	public void forEach(Consumer<SearchDocument> consumer) {
		List<Long> ids = jdbc.sql("SELECT id FROM meetings_sitting ORDER BY id").query(Long.class).list();
		for (long id : ids) {
			reads.get(new SittingId(id)).map(this::document).ifPresent(consumer);
		}
	}

	@Override
	public String link(String id) {
		return "/meetings/" + id;
	}

	@Override
	public String publicLink(String id) {
		return reads.get(new SittingId(Long.parseLong(id))).filter(s -> s.kind() == SittingKind.STANDING_COMMITTEE)
			.map(s -> "/public/meetings/" + s.id()).orElse(null);
	}

	/** Puts the sitting as it now stands in the index once the changing transaction commits. */
	void changed(SittingId id) {
		reads.get(id).ifPresent(s -> events.publishEvent(new DocumentChanged(document(s))));
	}

	/** A closed vote adds its totals to the sitting's document. */
	@EventListener
	void on(VoteClosed closed) {
		changed(closed.sitting());
	}

	/**
	 * The members of the standing committee read the council of chairpersons' meetings: a seat on
	 * the committee taken or ended indexes those meetings again with the members of today.
	 */
	@EventListener
	void on(AuditEvent event) {
		if (!event.action().startsWith("directory.membership.") || event.subjectId() == null) {
			return;
		}
		long membership;
		try {
			membership = Long.parseLong(event.subjectId());
		}
		catch (NumberFormatException e) {
			return;
		}
		directory.membership(new MembershipId(membership))
			.filter(m -> m.classification() == Classification.STANDING_COMMITTEE)
			.ifPresent(m -> jdbc.sql("SELECT id FROM meetings_sitting WHERE kind = 'CHAIRPERSONS' ORDER BY id")
				.query(Long.class).list().forEach(id -> changed(new SittingId(id))));
	}

	SearchDocument document(SittingView s) {
		boolean held = s.state() == SittingState.HELD || s.state() == SittingState.CLOSED;
		StringBuilder body = new StringBuilder();
		body.append(zh("meetings.name." + s.kind(), s.term(), s.number()));
		if (s.place() != null) {
			body.append(' ').append(s.place());
		}
		for (SittingReads.ItemView item : reads.agenda(s.sittingId())) {
			body.append('\n').append(item.title());
			if (held && item.decision() != null) {
				body.append(' ').append(zh("meetings.decision." + item.decision()));
			}
			if (held) {
				lastClosedTotals(item.id()).ifPresent(totals -> body.append(' ').append(totals));
			}
		}
		boolean open = s.kind() == SittingKind.STANDING_COMMITTEE;
		if (!open && s.minutes() != null) {
			body.append('\n').append(s.minutes());
		}
		Map<String, Set<String>> facets = new LinkedHashMap<>();
		facets.put(SearchDocument.YEAR, Set.of(String.valueOf(s.heldOn().getYear())));
		facets.put(SearchDocument.STATE, Set.of(s.state().name()));
		facets.put("kind", Set.of(s.kind().name()));
		body(s.kind()).ifPresent(org -> facets.put(SearchDocument.ORG, Set.of(org)));
		Set<String> readers = new LinkedHashSet<>();
		readers.add(SearchDocument.STAFF);
		if (open) {
			readers.add(SearchDocument.PUBLIC);
		}
		else {
			directory.standingCommitteeMembersOn(deadlines.today())
				.forEach(p -> readers.add(SearchDocument.personReader(p.value())));
		}
		return new SearchDocument(TYPE, String.valueOf(s.id()), title(s), body.toString(), facets, s.heldOn(), readers);
	}

	/** The name as people write it, 第十六届常委会第十次会议: numbers in Chinese numerals, as searched. */
	String title(SittingView s) {
		String name = s.kind() == SittingKind.STANDING_COMMITTEE ? "第%s届常委会第%s次会议" : "第%s届常委会第%s次主任会议";
		return name.formatted(numeral(s.term()), numeral(s.number()));
	}

	/** The totals of the item's last closed round, e.g. 赞成 45 反对 0 弃权 1. */
	private Optional<String> lastClosedTotals(long itemId) {
		return jdbc.sql("SELECT id, ballot_form FROM meetings_vote WHERE item_id = ? AND state = 'CLOSED' ORDER BY round DESC LIMIT 1")
			.param(itemId)
			.query((rs, n) -> {
				long vote = rs.getLong(1);
				BallotForm form = BallotForm.valueOf(rs.getString(2));
				Map<String, Integer> stored = new LinkedHashMap<>();
				jdbc.sql("SELECT choice, votes FROM meetings_vote_result WHERE vote_id = ?").param(vote)
					.query((r, m) -> stored.put(r.getString(1), r.getInt(2))).list();
				StringBuilder totals = new StringBuilder();
				for (String choice : form.choices()) {
					if (!totals.isEmpty()) {
						totals.append(' ');
					}
					totals.append(zh("meetings.choice." + choice)).append(' ').append(stored.getOrDefault(choice, 0));
				}
				return totals.toString();
			})
			.optional();
	}

	/** The directory's body that holds sittings of the kind: the city's standing committee or its council of chairpersons. */
	private Optional<String> body(SittingKind kind) {
		OrganizationQuery query = kind == SittingKind.STANDING_COMMITTEE
				? new OrganizationQuery(null, Classification.STANDING_COMMITTEE, DeputyLevel.MUNICIPAL, null)
				: new OrganizationQuery(null, Classification.COUNCIL_OF_CHAIRPERSONS, null, null);
		return directory.findOrganizations(query, 1, 1).items().stream().findFirst().map(OrganizationView::id)
			.map(id -> String.valueOf(id.value()));
	}

	private String zh(String key, Object... args) {
		return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
	}

	/** 1 to 999 in Chinese numerals, as in 第十六届, 第一百零二次. */
	static String numeral(int n) {
		String digits = "零一二三四五六七八九";
		if (n <= 0 || n > 999) {
			return String.valueOf(n);
		}
		StringBuilder s = new StringBuilder();
		int hundreds = n / 100;
		int tens = n / 10 % 10;
		int ones = n % 10;
		if (hundreds > 0) {
			s.append(digits.charAt(hundreds)).append('百');
			if (tens == 0 && ones > 0) {
				s.append('零');
			}
		}
		if (tens > 0) {
			if (tens > 1 || hundreds > 0) {
				s.append(digits.charAt(tens));
			}
			s.append('十');
		}
		if (ones > 0) {
			s.append(digits.charAt(ones));
		}
		return s.toString();
	}

	/** Names the states of the sittings' {@code state} facet as their pages do. */
	@Configuration(proxyBeanMethods = false)
	static class StateLabels {

		@Bean
		FacetLabels sittingStates(MessageSource messages) {
			return FacetLabels.messages(TYPE, SearchDocument.STATE, messages, value -> "meetings.state." + value);
		}
	}
}
