package org.lvzhi.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lvzhi.AnonymousClient;
import org.lvzhi.IntegrationTest;
import org.lvzhi.accounts.Accounts;
import org.lvzhi.accounts.NewAccount;
import org.lvzhi.accounts.Role;
import org.lvzhi.directory.PersonId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who sees what: constituents' contacts only for the office's staff (not the station's deputies),
 * never on public pages; the online form with its anti-spam check and hourly allowance; the tracking page.
 */
@IntegrationTest
class LiaisonPagesTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	MockMvc mvc;
	@Autowired
	ApplicationContext context;
	@Autowired
	Accounts accounts;
	@Autowired
	UserDetailsService users;

	LiaisonFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new LiaisonFixture(context);
	}

	private RequestPostProcessor account(Role role, String office, Long person) {
		String username = "t-liaison-" + role.name().toLowerCase() + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
		accounts.open(new NewAccount(username, "Lvzhi-test-pass-7", "测试" + role, role, office, person, null));
		return user(users.loadUserByUsername(username));
	}

	private RequestPostProcessor deputy(PersonId p) {
		return account(Role.DEPUTY, null, p.value());
	}

	private RequestPostProcessor office() {
		return account(Role.STAFF, "DEPUTY_AFFAIRS", null);
	}

	private String body(MvcResult r) throws Exception {
		return r.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void aDeputySeesHerStationsOpinionsWithoutContactsAndNotAnotherStations() throws Exception {
		PersonId mine = fixture.deputy();
		PersonId other = fixture.deputy();
		StationId ours = fixture.station(mine);
		StationId theirs = fixture.station(other);
		OpinionId here = fixture.opinionAt(ours, mine, LocalDate.of(2031, 6, 1));
		OpinionId there = fixture.opinionAt(theirs, other, LocalDate.of(2031, 6, 1));
		RequestPostProcessor deputy = deputy(mine);
		String page = body(mvc.perform(get("/liaison/opinions/" + here.value()).with(deputy)).andExpect(status().isOk()).andReturn());
		assertThat(page).contains("小区门前道路积水").doesNotContain("13912345678", "张三");
		mvc.perform(get("/liaison/opinions/" + there.value()).with(deputy)).andExpect(status().isNotFound());
		mvc.perform(post("/liaison/opinions/" + there.value() + "/redirect").with(deputy).with(csrf())
			.param("version", "0").param("reason", "x")).andExpect(status().isNotFound());
		String list = body(mvc.perform(get("/liaison/opinions").param("text", "小区门前道路积水").with(deputy))
			.andExpect(status().isOk()).andReturn());
		assertThat(list).contains("/liaison/opinions/" + here.value()).doesNotContain("/liaison/opinions/" + there.value() + "\"");
		mvc.perform(get("/liaison/stations/" + theirs.value()).with(deputy)).andExpect(status().isNotFound());
		assertThat(body(mvc.perform(get("/liaison/stations").with(deputy)).andExpect(status().isOk()).andReturn()))
			.contains(fixture.get(ours).name()).doesNotContain(fixture.get(theirs).name())
			.contains("/liaison/deputies/" + mine.value() + "/qr.png");
		mvc.perform(get("/liaison/deputies/" + mine.value() + "/qr.png").with(deputy)).andExpect(status().isOk());
		mvc.perform(get("/liaison/deputies/" + other.value() + "/qr.png").with(deputy)).andExpect(status().isNotFound());
		mvc.perform(get("/liaison/receptions").with(deputy)).andExpect(status().isOk());
		mvc.perform(get("/liaison/stations/" + ours.value() + "/qr.png").with(deputy)).andExpect(status().isOk());
		// The office sees both, with contacts, and exports.
		RequestPostProcessor office = office();
		assertThat(body(mvc.perform(get("/liaison/opinions/" + there.value()).with(office)).andExpect(status().isOk()).andReturn()))
			.contains("13912345678");
		mvc.perform(get("/liaison/opinions/export.xlsx").param("station", String.valueOf(ours.value())).with(office))
			.andExpect(status().isOk());
		mvc.perform(get("/liaison/dashboard").with(office)).andExpect(status().isOk());
		mvc.perform(get("/liaison/dashboard").with(deputy)).andExpect(status().isForbidden());
	}

	@Test
	void othersAndThePublicNeverSeeAConstituentsContact() throws Exception {
		PersonId d = fixture.deputy();
		StationId s = fixture.station(d);
		OpinionId id = fixture.opinionAt(s, d, LocalDate.of(2031, 6, 2));
		mvc.perform(get("/liaison/opinions/" + id.value()).with(account(Role.PUBLIC, null, null)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/liaison/opinions/" + id.value()).with(account(Role.STAFF, "PETITIONS", null)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/liaison/opinions/" + id.value())).andExpect(status().is3xxRedirection());
		String station = body(mvc.perform(get("/public/liaison/stations/" + s.value())).andExpect(status().isOk()).andReturn());
		assertThat(station).contains(fixture.get(s).name()).doesNotContain("13912345678", "张三");
		String code = fixture.opinion(id).trackingCode();
		String tracking = body(mvc.perform(get("/public/liaison/track").param("code", code)).andExpect(status().isOk()).andReturn());
		assertThat(tracking).contains("小区门前道路积水").doesNotContain("13912345678", "张三");
	}

	@Test
	void aConstituentLeavesAnOpinionOnlineAndTracksIt() throws Exception {
		PersonId d = fixture.deputy();
		StationId s = fixture.station(d);
		String code = fixture.get(s).intakeCode();
		String page = "/public/liaison/intake/" + code;
		AnonymousClient phone = AnonymousClient.fresh(mvc);
		// A filled hidden field gives a robot away: refused, nothing saved, what was typed kept.
		String refused = body(mvc.perform(phone.post(page, page).param("website", "http://spam.example")
			.param("subject", "路灯不亮").param("category", "城市建设"))
			.andExpect(status().isOk()).andReturn());
		assertThat(refused).contains("提交未被接受").contains("路灯不亮");
		// Without the proof of work (no JavaScript) the visitor is told why, and keeps the text.
		var guard = new java.util.LinkedHashMap<>(phone.guardOf(page));
		guard.remove("_pow");
		assertThat(body(mvc.perform(phone.prepared(page, guard).param("subject", "路灯不亮").param("category", "城市建设"))
			.andExpect(status().isOk()).andReturn())).contains("JavaScript").contains("路灯不亮");
		MvcResult done = mvc.perform(phone.post(page, page)
			.param("subject", "路灯不亮").param("category", "城市建设").param("name", "王五").param("phone", "13700000000"))
			.andExpect(status().is3xxRedirection()).andReturn();
		String tracking = (String) done.getFlashMap().get("trackingCode");
		assertThat(tracking).hasSize(10);
		Opinion o = fixture.bean(Opinions.class).byTrackingCode(tracking).orElseThrow();
		assertThat(o.station()).isEqualTo(s);
		assertThat(o.source()).isEqualTo(OpinionSource.ONLINE);
		assertThat(o.constituentPhone()).isEqualTo("13700000000");
		assertThat(body(mvc.perform(get("/public/liaison/track").param("code", tracking)).andReturn()))
			.contains("路灯不亮").doesNotContain("13700000000", "王五");
		// A deputy's own QR code leads to the same form, for her.
		String deputyCode = fixture.bean(DeputyIntakeCodes.class).codeFor(d);
		assertThat(body(mvc.perform(get("/public/liaison/intake/" + deputyCode)).andExpect(status().isOk()).andReturn()))
			.contains(fixture.bean(org.lvzhi.directory.Directory.class).person(d).orElseThrow().name());
		mvc.perform(get("/public/liaison/intake/NOSUCHCODE")).andExpect(status().isNotFound());
	}

	@Test
	void oneAddressLeavesAtMostFiveOpinionsAnHourThroughOneCode() throws Exception {
		StationId s = fixture.station(fixture.deputy());
		String code = fixture.get(s).intakeCode();
		String page = "/public/liaison/intake/" + code;
		AnonymousClient phone = AnonymousClient.fresh(mvc);
		for (int i = 0; i < 6; i++) {
			var result = mvc.perform(phone.post(page, page)
				.param("subject", "第" + i + "条意见").param("category", "其他"));
			if (i < 5) {
				result.andExpect(status().is3xxRedirection());
			}
			else {
				assertThat(body(result.andExpect(status().isOk()).andReturn())).contains("提交过于频繁");
			}
		}
		assertThat(fixture.bean(Opinions.class).count(new Opinions.Query(s.value(), null, null, null, null, null, null,
				null, null, LocalDate.now()))).isEqualTo(5);
	}

	@Test
	void theConstituentSaysOnTheTrackingPageWhetherItIsSolved() throws Exception {
		PersonId d = fixture.deputy();
		StationId s = fixture.station(d);
		OpinionId id = fixture.opinionAt(s, d, LocalDate.of(2031, 6, 3));
		fixture.bean(ForwardOpinion.class).forward(id, 0, ForwardLevel.STREET, "坞城街道办事处", LocalDate.of(2031, 7, 3),
				LocalDate.of(2031, 6, 3));
		fixture.bean(RecordAnswer.class).record(id, 1, "已安装路灯", LocalDate.of(2031, 6, 20));
		fixture.bean(TellConstituent.class).tell(id, 2, null, LocalDate.of(2031, 6, 21));
		String code = fixture.opinion(id).trackingCode();
		mvc.perform(post("/public/liaison/track/feedback").with(csrf()).param("code", code).param("solved", "false")
			.param("comment", "还是不亮")).andExpect(status().is3xxRedirection());
		assertThat(fixture.opinion(id).constituentSolved()).isFalse();
		mvc.perform(post("/public/liaison/track/feedback").with(csrf()).param("code", "WRONGCODE1").param("solved", "true"))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void stationsAndReceptionDaysArePagedAndExportedForTheOffice() throws Exception {
		RequestPostProcessor office = office();
		mvc.perform(get("/liaison/stations").param("district", "小店区").with(office)).andExpect(status().isOk());
		mvc.perform(get("/liaison/stations/export.xlsx").with(office)).andExpect(status().isOk());
		mvc.perform(get("/liaison/receptions").with(office)).andExpect(status().isOk());
		mvc.perform(get("/liaison/receptions/export.xlsx").param("district", "小店区").with(office)).andExpect(status().isOk());
		mvc.perform(get("/liaison/models").with(office)).andExpect(status().isOk());
		mvc.perform(get("/public/liaison/stations")).andExpect(status().isOk());
		mvc.perform(get("/public/liaison/receptions")).andExpect(status().isOk());
		mvc.perform(get("/liaison/stations/new").with(account(Role.DEPUTY, null, fixture.deputy().value())))
			.andExpect(status().isForbidden());
	}

	@Test
	void theOfficePicksDeputiesAndStationsByName() throws Exception {
		RequestPostProcessor office = office();
		String unique = "拣选" + System.nanoTime();
		PersonId one = fixture.person(unique + "甲");
		PersonId twinA = fixture.person(unique + "乙");
		PersonId twinB = fixture.person(unique + "乙");
		// Typing part of a name offers the persons as 姓名 #编号.
		assertThat(body(mvc.perform(get("/liaison/pick/person").param("field", "deputies").param("multiple", "true")
			.param("id", "deputies").param("deputies", unique).with(office)).andExpect(status().isOk()).andReturn()))
			.contains(unique + "甲 #" + one.value(), unique + "乙 #" + twinA.value(), unique + "乙 #" + twinB.value());
		assertThat(body(mvc.perform(get("/liaison/pick/person/choose").param("field", "deputies").param("multiple", "true")
			.param("id", "deputies").param("typed", unique + "甲、" + unique).param("value", unique + "乙 #" + twinB.value())
			.with(office)).andExpect(status().isOk()).andReturn())).contains(unique + "甲、" + unique + "乙 #" + twinB.value() + "、");
		String station = "拣选联络站" + System.nanoTime();
		// A repeated bare name is refused, naming the text; nothing is registered.
		String refused = body(mvc.perform(post("/liaison/stations").with(office).with(csrf()).param("name", station)
			.param("kind", "STATION").param("district", "小店区").param("deputies", unique + "甲、" + unique + "乙"))
			.andExpect(status().isOk()).andReturn());
		assertThat(refused).contains("名为“" + unique + "乙”的人员不止一位");
		assertThat(fixture.bean(Stations.class).all(new StationQuery(station, null, null, null, null))).isEmpty();
		assertThat(body(mvc.perform(post("/liaison/stations").with(office).with(csrf()).param("name", station)
			.param("kind", "STATION").param("district", "小店区").param("deputies", "无此人" + unique))
			.andExpect(status().isOk()).andReturn())).contains("找不到人员“无此人" + unique + "”");
		// A unique bare name and a 姓名 #编号 are taken.
		mvc.perform(post("/liaison/stations").with(office).with(csrf()).param("name", station).param("kind", "STATION")
			.param("district", "小店区").param("deputies", unique + "甲、" + unique + "乙 #" + twinB.value()))
			.andExpect(status().is3xxRedirection());
		Station s = fixture.get(fixture.bean(Stations.class).all(new StationQuery(station, null, null, null, null)).get(0).id());
		assertThat(s.deputies()).containsExactly(one, twinB);
		// The station page shows the deputies back as picked values, and reassigning goes by name too.
		assertThat(body(mvc.perform(get("/liaison/stations/" + s.id().value()).with(office)).andReturn()))
			.contains(unique + "甲 #" + one.value());
		mvc.perform(post("/liaison/stations/" + s.id().value() + "/deputies").with(office).with(csrf())
			.param("version", String.valueOf(s.version())).param("deputies", unique + "乙 #" + twinA.value()))
			.andExpect(status().is3xxRedirection());
		assertThat(fixture.get(s.id()).deputies()).containsExactly(twinA);
		MvcResult mismatch = mvc.perform(post("/liaison/stations/" + s.id().value() + "/deputies").with(office).with(csrf())
			.param("version", String.valueOf(fixture.get(s.id()).version())).param("deputies", unique + "甲 #" + twinA.value()))
			.andExpect(status().is3xxRedirection()).andReturn();
		assertThat(mismatch.getFlashMap().get("errorKey")).isEqualTo("liaison.error.nameMismatch");
		assertThat(fixture.get(s.id()).deputies()).containsExactly(twinA);
		// Stations are picked by name for model-station applications.
		assertThat(body(mvc.perform(get("/liaison/pick/station").param("field", "station").param("id", "apply-station")
			.param("station", station).with(office)).andReturn())).contains(station);
		mvc.perform(post("/liaison/models/apply").with(office).with(csrf()).param("station", station).param("statement", "申请"))
			.andExpect(status().is3xxRedirection());
		assertThat(fixture.bean(ModelStations.class).list(null)).filteredOn(a -> a.station().equals(s.id())).hasSize(1);
		MvcResult unknown = mvc.perform(post("/liaison/models/apply").with(office).with(csrf())
			.param("station", "没有这个站" + unique)).andExpect(status().is3xxRedirection()).andReturn();
		assertThat(unknown.getFlashMap().get("errorKey")).isEqualTo("liaison.error.unknownStation");
		// Deputies cannot use the office's picker.
		mvc.perform(get("/liaison/pick/person").param("field", "deputies").param("id", "deputies").param("deputies", unique)
			.with(deputy(one))).andExpect(status().isForbidden());
	}
}
