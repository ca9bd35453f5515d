package org.lvzhi.meetings.sittings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.deadlines.Deadlines;
import org.lvzhi.directory.AddMembership;
import org.lvzhi.directory.Classification;
import org.lvzhi.directory.DeputyLevel;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.Gender;
import org.lvzhi.directory.MembershipRole;
import org.lvzhi.directory.NewMembership;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.OrganizationQuery;
import org.lvzhi.directory.PersonDetails;
import org.lvzhi.directory.PersonId;
import org.lvzhi.directory.PersonalData;
import org.lvzhi.directory.RegisterPerson;
import org.lvzhi.meetings.AgendaItemId;
import org.lvzhi.meetings.BallotForm;
import org.lvzhi.meetings.SittingId;
import org.lvzhi.meetings.SittingKind;
import org.lvzhi.meetings.VoteId;
import org.lvzhi.meetings.rules.MeetingsSettings;
import org.lvzhi.meetings.voting.VotingService;
import org.lvzhi.search.DocumentChanged;
import org.lvzhi.search.Search;
import org.lvzhi.search.SearchDocument;
import org.lvzhi.search.SearchHits;
import org.lvzhi.search.SearchQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Sittings in the search index: each change of a sitting, its agenda or its votes publishes the
 * document a rebuild reads; the public find standing committee sittings with their decisions and
 * vote totals, and only staff and members find a meeting of the council of chairpersons.
 */
@IntegrationTest
@RecordApplicationEvents
class SittingIndexTests {

	@Autowired
	ApplicationContext context;
	@Autowired
	ApplicationEvents events;
	@Autowired
	SittingIndex index;
	@Autowired
	SittingService sittings;
	@Autowired
	AgendaService agenda;
	@Autowired
	Attendance attendance;
	@Autowired
	VotingService voting;
	@Autowired
	MeetingsSettings settings;
	@Autowired
	Search search;
	@Autowired
	Deadlines deadlines;
	@Autowired
	Directory directory;
	@Autowired
	RegisterPerson register;
	@Autowired
	AddMembership add;

	@Test
	void aSittingsDecisionsAndVoteTotalsAreFoundByEverybodyAsARebuildReadsThem() {
		SittingFixture f = new SittingFixture(context);
		LocalDate day = LocalDate.of(2027, 3, 18);
		List<PersonId> members = attendance.allMembers(day);
		int quorum = settings.quorumCount(members.size());
		SittingId sitting = f.held(day, quorum);
		AgendaItemId item = f.item(sitting, "关于批准城市地下综合管廊建设计划的决议");
		VoteId vote = voting.open(item, false, BallotForm.APPROVAL);
		for (int i = 0; i < quorum; i++) {
			voting.cast(vote, members.get(i), "YES");
		}
		voting.close(vote, null);
		SearchDocument afterVote = last(sitting);
		assertThat(afterVote.body()).contains("关于批准城市地下综合管廊建设计划的决议 赞成 " + quorum + " 反对 0 弃权 0");

		agenda.decide(item.value(), null, "ADOPTED");
		SearchDocument decided = last(sitting);
		assertThat(decided.body()).contains("管廊建设计划的决议 通过 赞成 " + quorum);
		assertThat(decided).isEqualTo(rebuilt(sitting));
		assertThat(decided.readers()).contains(SearchDocument.PUBLIC);
		assertThat(decided.facets()).containsEntry(SearchDocument.YEAR, Set.of("2027"))
			.containsEntry(SearchDocument.STATE, Set.of("HELD"));
		assertThat(decided.title()).matches("第[一二三四五六七八九十]+届常委会第一次会议");
		assertThat(index.link(String.valueOf(sitting.value()))).isEqualTo("/meetings/" + sitting.value());
		assertThat(index.publicLink(String.valueOf(sitting.value()))).isEqualTo("/public/meetings/" + sitting.value());

		assertThat(ids("地下综合管廊", Set.of(SearchDocument.PUBLIC))).contains(String.valueOf(sitting.value()));

		sittings.close(sitting, null, "会议纪要：审议通过管廊建设计划。");
		SearchDocument closed = last(sitting);
		assertThat(closed.facets()).containsEntry(SearchDocument.STATE, Set.of("CLOSED"));
		assertThat(closed.body()).as("the public page shows no minutes").doesNotContain("会议纪要");
		assertThat(closed).isEqualTo(rebuilt(sitting));
	}

	@Test
	void aMeetingOfTheCouncilOfChairpersonsIsFoundByStaffAndMembersOnly() {
		SittingFixture f = new SittingFixture(context);
		LocalDate day = LocalDate.of(2027, 4, 8);
		SittingId meeting = f.planned(SittingKind.CHAIRPERSONS, day);
		agenda.addFree(meeting, "OTHER", "研究汾河湿地生态保护条例草案修改稿");
		SearchDocument document = last(meeting);
		assertThat(document).isEqualTo(rebuilt(meeting));
		assertThat(index.publicLink(String.valueOf(meeting.value()))).isNull();

		assertThat(ids("汾河湿地生态保护", Set.of(SearchDocument.STAFF))).contains(String.valueOf(meeting.value()));
		String member = document.readers().stream().filter(r -> r.startsWith("person:")).findFirst().orElseThrow();
		assertThat(ids("汾河湿地生态保护", Set.of(member))).contains(String.valueOf(meeting.value()));
		assertThat(ids("汾河湿地生态保护", Set.of(SearchDocument.PUBLIC, SearchDocument.orgReader(1),
				SearchDocument.accountReader(1)))).doesNotContain(String.valueOf(meeting.value()));

		// A member who takes her seat today finds the meeting too (her seat ends today: the shared
		// world's committee is the same tomorrow).
		LocalDate today = deadlines.today();
		OrganizationId committee = directory.findOrganizations(
				new OrganizationQuery(null, Classification.STANDING_COMMITTEE, DeputyLevel.MUNICIPAL, null), 1, 1)
			.items().get(0).id();
		PersonId newcomer = register.register(new PersonDetails("汾阳新任委员", Gender.FEMALE, null, null,
				PersonalData.none()));
		add.add(new NewMembership(newcomer, committee, MembershipRole.MEMBER, null, null, null, today, today));
		assertThat(last(meeting).readers()).contains(SearchDocument.personReader(newcomer.value()));
		assertThat(last(meeting)).isEqualTo(rebuilt(meeting));
		assertThat(ids("汾河湿地生态保护", Set.of(SearchDocument.personReader(newcomer.value()))))
			.contains(String.valueOf(meeting.value()));
	}

	private List<String> ids(String text, Set<String> readers) {
		SearchHits hits = search.search(new SearchQuery(SittingIndex.TYPE, text, Map.of(), readers, 0, 50));
		return hits.hits().stream().map(SearchHits.Hit::id).toList();
	}

	private SearchDocument last(SittingId id) {
		List<SearchDocument> published = events.stream(DocumentChanged.class).map(DocumentChanged::document)
			.filter(d -> d.type().equals(SittingIndex.TYPE) && d.id().equals(String.valueOf(id.value()))).toList();
		assertThat(published).as("documents published for sitting %s", id).isNotEmpty();
		return published.get(published.size() - 1);
	}

	private SearchDocument rebuilt(SittingId id) {
		List<SearchDocument> all = new ArrayList<>();
		index.forEach(all::add);
		return all.stream().filter(d -> d.id().equals(String.valueOf(id.value()))).findFirst().orElseThrow();
	}
}
