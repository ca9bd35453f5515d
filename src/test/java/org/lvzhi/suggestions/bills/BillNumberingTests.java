package org.lvzhi.suggestions.bills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.directory.PersonId;
import org.lvzhi.suggestions.BillContent;
import org.lvzhi.suggestions.BillId;
import org.lvzhi.suggestions.Concurrently;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** Bill numbers, like suggestion numbers, never repeat when two bills are filed at the same moment. */
@IntegrationTest
class BillNumberingTests {

	@Autowired
	ApplicationContext context;
	@Autowired
	TransactionTemplate transaction;

	@Test
	void twoBillsFiledAtTheSameMomentGetConsecutiveNumbers() throws Exception {
		BillFixture fixture = new BillFixture(context);
		int year = 2200 + (int) (System.nanoTime() % 700);
		BillId a = signed(fixture, fixture.deputies(10), year);
		BillId b = signed(fixture, fixture.deputies(10), year);
		PersonId leadA = fixture.get(a).leadDeputy();
		PersonId leadB = fixture.get(b).leadDeputy();

		String[] numbers = Concurrently.twice(transaction, () -> fixture.workflow().file(a, leadA, BillFixture.FILED_ON),
				() -> fixture.workflow().file(b, leadB, BillFixture.FILED_ON));

		assertThat(numbers[0]).isNotEqualTo(numbers[1]);
		assertThat(fixture.get(a).number()).isEqualTo(numbers[0]);
		assertThat(fixture.get(b).number()).isEqualTo(numbers[1]);
		assertThat(numbers[0]).endsWith("-01");
		assertThat(numbers[1]).endsWith("-02");
	}

	private static BillId signed(BillFixture fixture, List<PersonId> deputies, int year) {
		BillContent c = BillFixture.content();
		BillId id = fixture.workflow().draft(deputies.get(0), new BillContent(c.title(), c.grounds(), c.proposal(), year),
				deputies.subList(1, deputies.size()), BillFixture.FILED_ON.minusDays(3));
		deputies.subList(1, deputies.size()).forEach(p -> fixture.workflow().sign(id, p, BillFixture.FILED_ON.minusDays(1)));
		return id;
	}
}
