package org.lvzhi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.lvzhi.directory.DeputyLevel;
import org.lvzhi.directory.IdCardNumber;
import org.lvzhi.directory.RosterRow;

class TaiyuanPlanTests {

	@Test
	void theSameSeedGivesTheSameWorld() {
		assertThat(TaiyuanPlanner.plan(new DemoContext(2023).random("directory")))
			.isEqualTo(TaiyuanPlanner.plan(new DemoContext(2023).random("directory")));
	}

	@Test
	void anotherSeedGivesOtherPersonsButTheSameShape() {
		TaiyuanPlan a = TaiyuanPlanner.plan(new Random(1));
		TaiyuanPlan b = TaiyuanPlanner.plan(new Random(2));
		assertThat(a.roster()).isNotEqualTo(b.roster());
		assertThat(a.roster()).hasSameSizeAs(b.roster());
		assertThat(a.bodies()).isEqualTo(b.bodies());
	}

	@Test
	void deputiesByLevelAreAsDesigned() {
		TaiyuanPlan plan = TaiyuanPlanner.plan(new Random(2023));
		assertThat(plan.deputies(DeputyLevel.NATIONAL)).isEqualTo(20);
		assertThat(plan.deputies(DeputyLevel.PROVINCIAL)).isEqualTo(100);
		assertThat(plan.deputies(DeputyLevel.MUNICIPAL)).isEqualTo(480);
		assertThat(plan.deputies(DeputyLevel.COUNTY)).isEqualTo(1880);
		assertThat(plan.deputies(DeputyLevel.TOWNSHIP)).isEqualTo(450);
		assertThat(plan.officials()).hasSize(56);
	}

	@Test
	void everyIdNumberIsValidAndUnique() {
		TaiyuanPlan plan = TaiyuanPlanner.plan(new Random(2023));
		assertThat(plan.roster()).extracting(RosterRow::idNumber).allMatch(IdCardNumber::isValid).doesNotHaveDuplicates();
	}

	@Test
	void weiMinChairsTheStandingCommitteeOfAboutFifty() {
		TaiyuanPlan plan = TaiyuanPlanner.plan(new Random(2023));
		assertThat(plan.roster().get(0).name()).isEqualTo("魏民");
		assertThat(plan.roster()).filteredOn(r -> r.name().equals("魏民")).hasSize(1);
		assertThat(plan.appointments()).filteredOn(a -> a.body().equals(TaiyuanBodies.STANDING_COMMITTEE)).hasSize(50);
	}
}
