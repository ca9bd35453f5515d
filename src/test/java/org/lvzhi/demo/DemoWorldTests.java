package org.lvzhi.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.accounts.Accounts;
import org.lvzhi.accounts.AccountView;
import org.lvzhi.directory.Classification;
import org.lvzhi.directory.DeputyLevel;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.OrganizationQuery;
import org.lvzhi.reporting.Figure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class DemoWorldTests {

	@Autowired
	Directory directory;
	@Autowired
	DemoAccounts demoAccounts;
	@Autowired
	Accounts accounts;
	@Autowired
	MockMvc mvc;
	@Autowired
	List<Figure> figures;
	@Autowired
	DemoWorld world;

	@Test
	void theExpectedBodiesExist() {
		for (String name : List.of("太原市第十五届人民代表大会", "太原市第十五届人民代表大会常务委员会", "太原市人大常委会主任会议",
				"太原市人民代表大会法制委员会", "太原市人民代表大会社会建设委员会", "太原市人大常委会预算工作委员会",
				"太原市人大常委会信访局", "市住房和城乡建设局", "市医疗保障局", "太原市中级人民法院", "太原市人民检察院",
				"太原市监察委员会", "太原市娄烦县第十七届人民代表大会", "解放军代表团")) {
			assertThat(directory.organizationNamed(name)).as(name).isPresent();
		}
		assertThat(directory.findOrganizations(new OrganizationQuery(null, Classification.GOVERNMENT_DEPARTMENT, null,
				null), 1, 100).total()).isGreaterThanOrEqualTo(40);
		assertThat(directory.findOrganizations(new OrganizationQuery(null, Classification.CONGRESS, DeputyLevel.COUNTY,
				null), 1, 100).total()).isGreaterThanOrEqualTo(10);
	}

	@Test
	void deputiesByLevelIn2023AreAsDesigned() {
		// Counted per demo congress: other tests add deputies to bodies of their own in the shared database.
		assertThat(deputiesIn2023(TaiyuanBodies.NPC)).isEqualTo(20);
		assertThat(deputiesIn2023(TaiyuanBodies.PROVINCIAL)).isEqualTo(100);
		assertThat(deputiesIn2023(TaiyuanBodies.CONGRESS)).isEqualTo(480);
		assertThat(TaiyuanBodies.DISTRICTS.stream().mapToLong(d -> deputiesIn2023(d.congress())).sum()).isEqualTo(1880);
		assertThat(TaiyuanBodies.TOWNS.stream().mapToLong(t -> deputiesIn2023(t[0] + "第十八届人民代表大会")).sum())
			.isGreaterThanOrEqualTo(450);
		assertThat(directory.countDeputies(DeputyLevel.MUNICIPAL, 2023)).isGreaterThanOrEqualTo(480);
		Figure committee = figures.stream().filter(f -> f.key().equals("standing_committee_members")).findFirst().orElseThrow();
		assertThat(committee.value(2023)).isEqualTo(50);
	}

	private long deputiesIn2023(String congress) {
		var body = directory.organizationNamed(congress).orElseThrow(() -> new AssertionError("no body " + congress));
		return directory.membersOf(body.id())
			.stream()
			.filter(m -> m.role() == org.lvzhi.directory.MembershipRole.DEPUTY)
			.filter(m -> !m.startDate().isAfter(java.time.LocalDate.of(2023, 12, 31))
					&& (m.endDate() == null || !m.endDate().isBefore(java.time.LocalDate.of(2023, 1, 1))))
			.map(m -> m.personId())
			.distinct()
			.count();
	}

	@Test
	void restartingDoesNotLoadTwice() throws Exception {
		long persons = directory.countPersons();
		ApplicationArguments none = new DefaultApplicationArguments();
		world.run(none);
		assertThat(directory.countPersons()).isEqualTo(persons);
	}

	@Test
	void everyDemoAccountCanSignIn() throws Exception {
		assertThat(demoAccounts.list()).extracting(DemoAccount::role)
			.containsExactlyInAnyOrder("ADMIN", "STAFF", "STAFF", "MEMBER", "DEPUTY", "UNIT", "PUBLIC", "STAFF", "STAFF");
		for (DemoAccount a : demoAccounts.list()) {
			mvc.perform(formLogin("/login").user(a.username()).password(a.password())).andExpect(authenticated());
		}
	}

	@Test
	void theMemberAndDeputyAccountsPointAtPersonsAndTheUnitAtItsBody() {
		List<AccountView> all = accounts.list();
		AccountView member = all.stream().filter(a -> a.username().equals("weimin")).findFirst().orElseThrow();
		assertThat(directory.person(new org.lvzhi.directory.PersonId(member.personId())).orElseThrow().name()).isEqualTo("魏民");
		assertThat(all.stream().filter(a -> a.username().equals("daibiao")).findFirst().orElseThrow().personId()).isNotNull();
		AccountView unit = all.stream().filter(a -> a.username().equals("zhujianju")).findFirst().orElseThrow();
		assertThat(directory.organization(new org.lvzhi.directory.OrganizationId(unit.organizationId())).orElseThrow().name())
			.isEqualTo("市住房和城乡建设局");
	}
}
