package org.lvzhi.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.reporting.Figure;
import org.lvzhi.reporting.FigureRecord;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class FigureTests {

	@Autowired
	List<Figure> figures;
	@Autowired
	RegisterPerson register;
	@Autowired
	CreateOrganization createOrganization;
	@Autowired
	AddMembership addMembership;
	@Autowired
	Directory directory;

	private Figure figure(String key) {
		return figures.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
	}

	@Test
	void everyLevelAndTheStandingCommitteeHasAFigure() {
		assertThat(figures).extracting(Figure::key).contains("deputies_national", "deputies_provincial",
				"deputies_municipal", "deputies_county", "deputies_township", "standing_committee_members");
	}

	@Test
	void aDeputyCountsInEveryYearHerSeatLastedAtSomeTime() {
		OrganizationId congress = createOrganization.create(new OrganizationDetails(
				DirectoryFixture.unique("图表测试全国人民代表大会"), Classification.CONGRESS, null, DeputyLevel.NATIONAL, 30,
				null, null, null));
		PersonId person = register.register(DirectoryFixture.person("图表代表"));
		Figure national = figure("deputies_national");
		long before2090 = national.value(2090);
		long before2091 = national.value(2091);
		long before2092 = national.value(2092);
		addMembership.add(new NewMembership(person, congress, MembershipRole.DEPUTY, null, 30, null,
				LocalDate.of(2090, 12, 31), LocalDate.of(2091, 1, 1)));

		assertThat(national.value(2090)).isEqualTo(before2090 + 1);
		assertThat(national.value(2091)).isEqualTo(before2091 + 1);
		assertThat(national.value(2092)).isEqualTo(before2092);
		assertThat(directory.countDeputies(DeputyLevel.NATIONAL, 2091)).isEqualTo(national.value(2091));
		assertThat(national.records(2091)).extracting(FigureRecord::link).contains("/directory/persons/" + person);
		assertThat(national.records(2091)).filteredOn(r -> r.id().equals(person.toString())).singleElement()
			.satisfies(r -> assertThat(r.title()).startsWith("图表代表 · "));
	}
}
