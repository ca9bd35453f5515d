package org.lvzhi.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.accounts.Accounts;
import org.lvzhi.accounts.NewAccount;
import org.lvzhi.accounts.Role;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.PersonId;
import org.lvzhi.search.DocumentChanged;
import org.lvzhi.search.DocumentSource;
import org.lvzhi.search.Search;
import org.lvzhi.search.SearchDocument;
import org.lvzhi.search.SearchHits;
import org.lvzhi.search.SearchQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Opinions in the search index: no constituent's personal data in a document, found exactly by
 * those who may open the opinion's page, the same document from the events as from a rebuild, the
 * similar-opinions fragment across stations, and the routing hint on the forwarding step.
 */
@IntegrationTest
@RecordApplicationEvents
class OpinionSearchTests {

	static final LocalDate ON = LocalDate.of(2032, 4, 8);
	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	ApplicationContext context;
	@Autowired
	ApplicationEvents events;
	@Autowired
	Search search;
	@Autowired
	OpinionDocuments documents;
	@Autowired
	ForwardingHints hints;
	@Autowired
	Accounts accounts;
	@Autowired
	UserDetailsService users;
	@Autowired
	Directory directory;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	MockMvc mvc;

	LiaisonFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new LiaisonFixture(context);
	}

	private Authentication account(Role role, String office, Long person) {
		String username = "t-opsearch-" + role.name().toLowerCase() + SEQUENCE.incrementAndGet() + "-"
				+ System.nanoTime() % 100000;
		accounts.open(new NewAccount(username, "Lvzhi-test-pass-7", "测试" + role, role, office, person, null));
		UserDetails user = users.loadUserByUsername(username);
		return new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
	}

	private OpinionId receive(StationId station, List<PersonId> deputies, String name, String phone, String subject,
			String body) {
		return fixture.bean(ReceiveOpinion.class).receive(new NewOpinion(OpinionSource.RECEPTION, station, null, deputies,
				ON, name, phone, subject, body, "城市建设", "坞城路")).opinion();
	}

	private void forward(OpinionId id, String body) {
		fixture.bean(ForwardOpinion.class).forward(id, fixture.version(id), ForwardLevel.CITY, body, ON.plusDays(30), ON);
	}

	private SearchDocument rebuilt(OpinionId id) {
		return documents.documents("o.id = :id", Map.of("id", id.value())).get(0);
	}

	/** The document the index was last handed for the opinion by the events. */
	private SearchDocument published(OpinionId id) {
		List<SearchDocument> all = events.stream(DocumentChanged.class)
			.map(DocumentChanged::document)
			.filter(d -> d.type().equals("opinion") && d.id().equals(String.valueOf(id.value())))
			.toList();
		assertThat(all).as("documents published for opinion " + id.value()).isNotEmpty();
		return all.get(all.size() - 1);
	}

	private List<String> found(Authentication user, StationId station) {
		return search.search(new SearchQuery("opinion", "", Map.of("station", Set.of(String.valueOf(station.value()))),
				DocumentSource.readerKeys(user), 0, 50)).hits().stream().map(SearchHits.Hit::id).toList();
	}

	private boolean opens(Authentication user, OpinionId id) throws Exception {
		int status = mvc.perform(get("/liaison/opinions/" + id.value()).with(authentication(user)))
			.andReturn().getResponse().getStatus();
		assertThat(status).isIn(200, 403, 404);
		return status == 200;
	}

	private String page(String path, Authentication user, Object... params) throws Exception {
		var request = get(path).with(authentication(user));
		for (int i = 0; i + 1 < params.length; i += 2) {
			request = request.param(String.valueOf(params[i]), String.valueOf(params[i + 1]));
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void noDocumentHoldsTheConstituentsNameOrPhoneOrAnyNumberOfAPerson() {
		PersonId deputy = fixture.deputy();
		StationId station = fixture.station(deputy);
		OpinionId id = receive(station, List.of(deputy), "欧阳晓燕", "139 0351 2468",
				"欧阳晓燕反映楼道声控灯损坏", "本人欧阳晓燕，电话13903512468，身份证号140105198203154321，住坞城路8号楼，楼道声控灯坏了半年。");
		forward(id, "测试坞城街道办事处");
		fixture.bean(RecordAnswer.class).record(id, fixture.version(id), "已联系欧阳晓燕（0351-7654321），声控灯已更换。", ON.plusDays(5));
		fixture.bean(TellConstituent.class).tell(id, fixture.version(id), "电话告知", ON.plusDays(6));
		fixture.bean(RecordFeedback.class).record(id, fixture.version(id), true, "满意，欧阳晓燕 13903512468", ON.plusDays(7));

		for (SearchDocument d : List.of(published(id), rebuilt(id))) {
			String text = d.title() + "\n" + d.body() + "\n" + d.facets() + "\n" + d.readers();
			assertThat(text).doesNotContain("欧阳晓燕", "13903512468", "139 0351 2468", "140105198203154321",
					"7654321");
			assertThat(d.title()).contains("楼道声控灯损坏");
			assertThat(d.body()).contains("声控灯坏了半年", "声控灯已更换", "满意");
		}
		Authentication office = account(Role.STAFF, "DEPUTY_AFFAIRS", null);
		assertThat(search.search(new SearchQuery("opinion", "欧阳晓燕", Map.of(), DocumentSource.readerKeys(office), 0, 50))
			.hits()).extracting(SearchHits.Hit::id).doesNotContain(String.valueOf(id.value()));
		assertThat(search.search(new SearchQuery("opinion", "声控灯", Map.of(), DocumentSource.readerKeys(office), 0, 50))
			.hits()).extracting(SearchHits.Hit::id).contains(String.valueOf(id.value()));
	}

	@Test
	void whoFindsAnOpinionIsWhoMayOpenItsPage() throws Exception {
		PersonId mine = fixture.deputy();
		PersonId other = fixture.deputy();
		StationId station = fixture.station(mine);
		OpinionId id = receive(station, List.of(mine), "李四", "13712345678", "背街小巷路面破损", "路面坑洼");
		// Left for a deputy directly, without a station: that deputy and the office.
		OpinionId direct = receive(null, List.of(other), null, null, "背街小巷路面破损", "路面坑洼");
		Map<String, Authentication> readers = new java.util.LinkedHashMap<>();
		readers.put("deputy of the station", account(Role.DEPUTY, null, mine.value()));
		readers.put("deputy of another station", account(Role.DEPUTY, null, other.value()));
		readers.put("deputies' affairs staff", account(Role.STAFF, "DEPUTY_AFFAIRS", null));
		readers.put("general office staff", account(Role.STAFF, "GENERAL_OFFICE", null));
		readers.put("administrator", account(Role.ADMIN, null, null));
		for (var reader : readers.entrySet()) {
			boolean finds = found(reader.getValue(), station).contains(String.valueOf(id.value()));
			assertThat(finds).as(reader.getKey() + " finds it as it opens it").isEqualTo(opens(reader.getValue(), id));
			assertThat(search.search(new SearchQuery("opinion", "背街小巷", Map.of("year", Set.of("2032")),
					DocumentSource.readerKeys(reader.getValue()), 0, 100)).hits().stream()
				.anyMatch(h -> h.id().equals(String.valueOf(direct.value()))))
				.as(reader.getKey() + " finds the opinion left for a deputy as it opens it")
				.isEqualTo(opens(reader.getValue(), direct));
		}
		assertThat(opens(readers.get("deputy of the station"), id)).isTrue();
		assertThat(opens(readers.get("general office staff"), id)).isFalse();
		assertThat(opens(readers.get("deputy of another station"), direct)).isTrue();

		// The office gives the station to the other deputy: the readers follow.
		Station s = fixture.get(station);
		fixture.bean(ManageStations.class).assignDeputies(station, s.version(), List.of(other));
		assertThat(found(readers.get("deputy of the station"), station)).doesNotContain(String.valueOf(id.value()));
		assertThat(opens(readers.get("deputy of the station"), id)).isFalse();
		assertThat(found(readers.get("deputy of another station"), station)).contains(String.valueOf(id.value()));
		assertThat(opens(readers.get("deputy of another station"), id)).isTrue();
	}

	@Test
	void theEventsBuildTheDocumentTheRebuildBuilds() {
		PersonId deputy = fixture.deputy();
		StationId station = fixture.station(deputy);
		OpinionId forwarded = receive(station, List.of(deputy), "赵六", "13612345678", "小区供暖温度不达标", "室温十四度");
		assertThat(published(forwarded)).isEqualTo(rebuilt(forwarded));
		forward(forwarded, "市住房和城乡建设局");
		assertThat(published(forwarded)).isEqualTo(rebuilt(forwarded));
		assertThat(rebuilt(forwarded).facets()).containsEntry("state", Set.of("FORWARDED"))
			.containsEntry("year", Set.of("2032"))
			.containsEntry("station", Set.of(String.valueOf(station.value())));
		String housing = String.valueOf(directory.organizationNamed("市住房和城乡建设局").orElseThrow().id().value());
		assertThat(rebuilt(forwarded).facets()).containsEntry("forwardedTo", Set.of(housing))
			.containsEntry("org", Set.of(housing));
		fixture.bean(RecordAnswer.class).record(forwarded, fixture.version(forwarded), "已更换换热站循环泵", ON.plusDays(9));
		fixture.bean(TellConstituent.class).tell(forwarded, fixture.version(forwarded), null, ON.plusDays(10));
		fixture.bean(RecordFeedback.class).record(forwarded, fixture.version(forwarded), false, "还是不热", ON.plusDays(11));
		fixture.bean(CloseOpinion.class).close(forwarded, fixture.version(forwarded), false, ON.plusDays(12));
		assertThat(published(forwarded)).isEqualTo(rebuilt(forwarded));
		fixture.bean(ReopenOpinion.class).reopen(forwarded, fixture.version(forwarded), "群众反映仍不热", ON.plusDays(13));
		assertThat(published(forwarded)).isEqualTo(rebuilt(forwarded));
		assertThat(rebuilt(forwarded).facets()).containsEntry("state", Set.of("REOPENED"));

		OpinionId redirected = receive(null, List.of(deputy), null, null, "劳动争议仲裁", null);
		fixture.bean(RedirectOpinion.class).redirect(redirected, fixture.version(redirected), "引导申请劳动仲裁", ON);
		assertThat(published(redirected)).isEqualTo(rebuilt(redirected));
		assertThat(rebuilt(redirected).facets()).doesNotContainKeys("station", "forwardedTo", "org");
		assertThat(rebuilt(redirected).readers()).contains(SearchDocument.personReader(deputy.value()));
		assertThat(rebuilt(redirected).body()).contains("引导申请劳动仲裁");

		OpinionId unnamedBody = receive(station, List.of(), null, null, "路灯不亮", null);
		forward(unnamedBody, "测试某某街道办事处");
		assertThat(published(unnamedBody)).isEqualTo(rebuilt(unnamedBody));
		assertThat(rebuilt(unnamedBody).facets()).containsEntry("forwardedTo", Set.of("测试某某街道办事处"))
			.doesNotContainKey("org");

		// The rebuild hands over the same documents, and the demo's opinions (written in bulk) too.
		Map<String, SearchDocument> all = new java.util.HashMap<>();
		documents.forEach(d -> all.put(d.id(), d));
		assertThat(all).hasSize((int) documents.size());
		assertThat(search.rebuild("opinion")).isEqualTo(documents.size());
		for (OpinionId id : List.of(forwarded, redirected, unnamedBody)) {
			assertThat(all.get(String.valueOf(id.value()))).isEqualTo(rebuilt(id));
		}
		List<Long> demo = jdbc.sql("SELECT id FROM liaison_opinion WHERE received_on < '2024-01-01' ORDER BY id LIMIT 300")
			.query(Long.class).list();
		Map<Long, List<Long>> stationDeputies = new java.util.HashMap<>();
		for (Long id : demo) {
			Opinion o = fixture.opinion(new OpinionId(id));
			if (o.stationId != null) {
				stationDeputies.put(o.stationId, fixture.get(o.station()).deputies().stream().map(PersonId::value).toList());
			}
			assertThat(OpinionDocuments.document(OpinionDocuments.Source.of(o), stationDeputies,
					new OpinionDocuments.Bodies(directory))).isEqualTo(all.get(String.valueOf(id)));
		}
	}

	@Test
	void whileAStationLogsAnOpinionItSeesTheSameMatterRaisedAtOtherStations() throws Exception {
		PersonId here = fixture.deputy();
		PersonId there = fixture.deputy();
		StationId ours = fixture.station(here);
		StationId theirs = fixture.station(there);
		OpinionId raised = receive(theirs, List.of(there), "钱七", "13512345678", "晋阳湖公园东门共享单车乱停放堵塞人行道",
				"每天早晚高峰共享单车堆满东门人行道，轮椅和婴儿车无法通过。");
		String text = "晋阳湖公园东门共享单车乱停放，人行道被堵";
		Authentication office = account(Role.STAFF, "DEPUTY_AFFAIRS", null);
		assertThat(page("/search/similar", office, "type", "opinion", "text", text))
			.contains("data-id=\"" + raised.value() + "\"", "共享单车");
		// A deputy of another station is shown only what she may open.
		assertThat(page("/search/similar", account(Role.DEPUTY, null, here.value()), "type", "opinion", "text", text))
			.doesNotContain("data-id=\"" + raised.value() + "\"");
		assertThat(page("/search/similar", account(Role.DEPUTY, null, there.value()), "type", "opinion", "text", text))
			.contains("data-id=\"" + raised.value() + "\"");
		// The form of a reception day held asks for them as the station types.
		LocalDate held = LocalDate.now(context.getBean(java.time.Clock.class)).minusDays(3);
		fixture.bean(RecordPastReceptions.class).record(List.of(new PastRecords.Day(ours, held.minusDays(10), held,
				"09:00-11:30", "集中接待选民", List.of(here), List.of(here), 3, List.of())), List.of());
		long day = jdbc.sql("SELECT id FROM liaison_reception_day WHERE station_id = :s").param("s", ours.value())
			.query(Long.class).single();
		assertThat(page("/liaison/receptions/" + day, account(Role.DEPUTY, null, here.value())))
			.contains("id=\"similar-opinions\"", "hx-get=\"/search/similar?type=opinion\"",
					"data-search-text=\"#op-subject, #op-body\"", "/js/liaison-search.js");
	}

	@Test
	void theForwardingStepSuggestsTheBodySimilarOpinionsWentTo() throws Exception {
		PersonId deputy = fixture.deputy();
		List<OpinionId> past = new ArrayList<>();
		for (String community : List.of("松庄", "双塔", "郝庄")) {
			StationId station = fixture.station(deputy);
			OpinionId id = receive(station, List.of(deputy), null, null, community + "古槐树干开裂倾斜，需要支撑加固保护",
					"百年古槐树干开裂，树身倾斜，担心倒伏伤人，希望园林部门支撑加固。");
			forward(id, "市园林局");
			past.add(id);
		}
		OpinionId now = receive(fixture.station(deputy), List.of(deputy), null, null, "坞城古槐树干开裂倾斜，希望支撑加固",
				"古槐树身倾斜开裂，需要园林部门加固保护。");
		String gardens = String.valueOf(directory.organizationNamed("市园林局").orElseThrow().id().value());
		assertThat(search.hint("opinion", "古槐树干开裂倾斜，需要支撑加固", "forwardedTo", 3))
			.first().satisfies(h -> assertThat(h.value()).isEqualTo(gardens));

		Authentication office = account(Role.STAFF, "DEPUTY_AFFAIRS", null);
		String page = page("/liaison/opinions/" + now.value(), office);
		assertThat(page).contains("id=\"forward-hint\"", "/search/hint?type=opinion&amp;facet=forwardedTo&amp;text=");
		String fragment = page("/search/hint", office, "type", "opinion", "facet", "forwardedTo", "text",
				OpinionController.hintText(fixture.opinion(now)));
		assertThat(fragment).contains("data-value=\"" + gardens + "\"", "市园林局");
		// Deputies forward too, but the hint is the staff's: their page does not ask for it.
		assertThat(page("/liaison/opinions/" + now.value(), account(Role.DEPUTY, null, deputy.value())))
			.doesNotContain("forward-hint");
	}

	@Test
	void theHintsAccuracyIsMeasuredOnTheRealForwardings() throws Exception {
		long started = System.nanoTime();
		Search.HintAccuracy accuracy = hints.measure();
		System.out.printf("Forwarding hint on the demo world: %d checked, top-1 %.1f%%, top-3 %.1f%% (%d ms)%n",
				accuracy.checked(), accuracy.top1() * 100, accuracy.top3() * 100, (System.nanoTime() - started) / 1_000_000);
		assertThat(accuracy.checked()).isGreaterThanOrEqualTo(150);
		assertThat(accuracy.top1()).isPositive();
		assertThat(accuracy.top3()).isGreaterThanOrEqualTo(accuracy.top1());
		assertThat(hints.accuracy()).contains(accuracy);
		PersonId deputy = fixture.deputy();
		OpinionId id = receive(fixture.station(deputy), List.of(deputy), null, null, "小区路灯不亮", null);
		assertThat(page("/liaison/opinions/" + id.value(), account(Role.STAFF, "DEPUTY_AFFAIRS", null)))
			.contains("id=\"hint-accuracy\"", "过去转办的" + accuracy.checked() + "件中");
	}
}
