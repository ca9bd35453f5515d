package org.lvzhi.suggestions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.directory.PersonId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Suggestion numbers come from a counter that concurrent submits wait on: two deputies submitting
 * at the same moment never get the same number, on H2 as on PostgreSQL.
 */
@IntegrationTest
class NumberingTests {

	@Autowired
	ApplicationContext context;
	@Autowired
	DraftSuggestion draft;
	@Autowired
	SubmitSuggestion submit;
	@Autowired
	TransactionTemplate transaction;
	@Autowired
	JdbcClient jdbc;

	@Test
	void twoSubmitsAtTheSameMomentGetConsecutiveNumbers() throws Exception {
		SuggestionFixture fixture = new SuggestionFixture(context);
		// A year nobody has numbered in, so the first pair also races to create the year's counter.
		int year = unusedYear();
		PersonId one = fixture.deputy();
		PersonId two = fixture.deputy();
		for (int round = 0; round < 2; round++) {
			SuggestionId a = draftIn(year, one);
			SuggestionId b = draftIn(year, two);
			String[] numbers = Concurrently.twice(transaction,
					() -> submit.submit(a, fixture.get(a).version(), one, LocalDate.of(2023, 1, 10)),
					() -> submit.submit(b, fixture.get(b).version(), two, LocalDate.of(2023, 1, 10)));
			int first = Integer.parseInt(numbers[0].substring(5));
			int second = Integer.parseInt(numbers[1].substring(5));
			assertThat(numbers[0]).startsWith(year + "-");
			assertThat(first).isEqualTo(2 * round + 1);
			assertThat(second).isEqualTo(first + 1);
			assertThat(fixture.get(a).number()).isEqualTo(numbers[0]);
			assertThat(fixture.get(b).number()).isEqualTo(numbers[1]);
		}
	}

	@Test
	void aRolledBackSubmitGivesItsNumberBack() {
		SuggestionFixture fixture = new SuggestionFixture(context);
		int year = unusedYear();
		PersonId deputy = fixture.deputy();
		SuggestionId a = draftIn(year, deputy);
		transaction.executeWithoutResult(tx -> {
			submit.submit(a, fixture.get(a).version(), deputy, LocalDate.of(2023, 1, 10));
			tx.setRollbackOnly();
		});
		String number = submit.submit(a, fixture.get(a).version(), deputy, LocalDate.of(2023, 1, 10));
		assertThat(number).isEqualTo(year + "-0001");
	}

	/**
	 * A far-off year with neither a counter nor a suggestion: the PostgreSQL test database outlives
	 * a run, so a year picked at random may already carry numbers from an earlier one.
	 */
	private int unusedYear() {
		Set<Integer> used = new HashSet<>(jdbc.sql("SELECT session_year FROM suggestions_counter").query(Integer.class).list());
		used.addAll(jdbc.sql("SELECT DISTINCT session_year FROM suggestions_suggestion").query(Integer.class).list());
		int start = 2200 + (int) (System.nanoTime() % 700);
		for (int i = 0; i < 700; i++) {
			int year = 2200 + (start - 2200 + i) % 700;
			if (!used.contains(year)) {
				return year;
			}
		}
		throw new IllegalStateException("every year from 2200 to 2899 already carries suggestion numbers");
	}

	private SuggestionId draftIn(int year, PersonId deputy) {
		return draft.draft(deputy, new SuggestionContent("关于规范共享单车停放的建议", "建议内容", "交通运输", year), List.of(),
				LocalDate.of(2023, 1, 8));
	}
}
