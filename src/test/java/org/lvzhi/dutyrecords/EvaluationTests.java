package org.lvzhi.dutyrecords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.directory.DeputyLevel;
import org.lvzhi.directory.PersonId;
import org.lvzhi.liaison.ReceptionDayRecorded;
import org.lvzhi.liaison.OpinionCollected;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Weights decide the scores, and the scores the ranking within a group. */
@IntegrationTest
class EvaluationTests {

	@Autowired
	ApplicationContext context;
	@Autowired
	Evaluation evaluation;
	@Autowired
	EditWeights editWeights;
	@Autowired
	WeightStore weights;
	@Autowired
	JdbcClient jdbc;

	DutyFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new DutyFixture(context);
	}

	private void visits(PersonId deputy, int n) {
		for (int i = 0; i < n; i++) {
			fixture.publish(new ReceptionDayRecorded(DutyFixture.day(), DutyFixture.station(), "测试联络站",
					LocalDate.of(2023, 5, 1 + i), List.of(deputy), 0));
		}
	}

	private void opinions(PersonId deputy, int n) {
		for (int i = 0; i < n; i++) {
			fixture.publish(new OpinionCollected(DutyFixture.opinion(), DutyFixture.station(), List.of(deputy),
					LocalDate.of(2023, 6, 1 + i), "意见" + i));
		}
	}

	private List<PersonId> order() {
		return evaluation.rank(new DutyGroup(null, fixture.delegation), DutyFixture.YEAR).stream()
			.map(RankedDeputy::person).toList();
	}

	@Test
	void theWeightsDecideWhoRanksFirstWithinTheDelegation() {
		PersonId visitor = fixture.deputy();
		PersonId collector = fixture.deputy();
		PersonId idle = fixture.deputy();
		visits(visitor, 2);
		opinions(collector, 3);
		DutyWeights before = weights.load();
		try {
			Map<DutyKind, BigDecimal> favourVisits = new EnumMap<>(before.byKind());
			favourVisits.put(DutyKind.STATION_VISIT, new BigDecimal("5"));
			favourVisits.put(DutyKind.OPINION_COLLECTED, new BigDecimal("1"));
			editWeights.edit(favourVisits, weights.load().version());
			assertThat(order()).containsExactly(visitor, collector, idle);
			assertThat(evaluation.rank(new DutyGroup(null, fixture.delegation), 2023).get(0).score())
				.isEqualByComparingTo("10");

			Map<DutyKind, BigDecimal> favourOpinions = new EnumMap<>(favourVisits);
			favourOpinions.put(DutyKind.STATION_VISIT, new BigDecimal("1"));
			favourOpinions.put(DutyKind.OPINION_COLLECTED, new BigDecimal("4.5"));
			editWeights.edit(favourOpinions, weights.load().version());
			assertThat(order()).containsExactly(collector, visitor, idle);
		}
		finally {
			editWeights.edit(before.byKind(), weights.load().version());
		}
	}

	@Test
	void equalScoresShareARank() {
		PersonId a = fixture.deputy();
		PersonId b = fixture.deputy();
		fixture.deputy();
		visits(a, 1);
		visits(b, 1);

		List<RankedDeputy> ranked = evaluation.rank(new DutyGroup(null, fixture.delegation), 2023);
		assertThat(ranked).extracting(RankedDeputy::rank).containsExactly(1, 1, 3);
	}

	@Test
	void aLevelGroupHoldsEveryDeputyOfThatLevelsCongresses() {
		PersonId deputy = fixture.deputy();
		visits(deputy, 1);

		assertThat(evaluation.rank(new DutyGroup(DeputyLevel.MUNICIPAL, null), 2023))
			.anySatisfy(r -> {
				assertThat(r.person()).isEqualTo(deputy);
				assertThat(r.totals().of(DutyKind.STATION_VISIT)).isEqualTo(1);
			});
		assertThat(evaluation.rank(new DutyGroup(DeputyLevel.COUNTY, null), 2023))
			.noneSatisfy(r -> assertThat(r.person()).isEqualTo(deputy));
	}

	@Test
	void aWeightOutOfRangeOrAStaleVersionIsRefusedAndNothingChanges() {
		DutyWeights before = weights.load();
		Map<DutyKind, BigDecimal> bad = new EnumMap<>(before.byKind());
		bad.put(DutyKind.BILL_LED, new BigDecimal("-1"));
		assertThatThrownBy(() -> editWeights.edit(bad, before.version())).isInstanceOf(DutyRecordsException.class);
		Map<DutyKind, BigDecimal> tooFine = new EnumMap<>(before.byKind());
		tooFine.put(DutyKind.BILL_LED, new BigDecimal("1.234"));
		assertThatThrownBy(() -> editWeights.edit(tooFine, before.version())).isInstanceOf(DutyRecordsException.class);
		assertThatThrownBy(() -> editWeights.edit(before.byKind(), before.version() - 1))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(weights.load()).isEqualTo(before);
	}

	@Test
	void aChangeOfWeightsIsAudited() {
		DutyWeights before = weights.load();
		editWeights.edit(before.byKind(), before.version());
		long audited = jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'dutyrecords.weightsEdited'")
			.query(Long.class).single();
		assertThat(audited).isPositive();
	}
}
