package org.lvzhi.petitions.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.petitions.PetitionFixture;
import org.lvzhi.petitions.handling.Petition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The office is reminded three working days before a routing period ends and, once it has passed,
 * every fifth working day; the reminder names number and subject, never the petitioner. The 2025
 * National Day holiday (1–8 October, with Sunday 28 September worked) sits inside the period.
 */
@IntegrationTest
class PetitionRemindersTests {

	@Autowired
	ApplicationContext context;
	@Autowired
	PetitionReminders reminders;
	@Autowired
	JdbcClient jdbc;

	@Test
	void theOfficeIsRemindedThreeWorkingDaysBeforeAndWeeklyOnceOverdue() {
		PetitionFixture fixture = new PetitionFixture(context);
		Petition p = fixture.registered(LocalDate.of(2025, 9, 16));
		assertThat(p.routeDue()).isEqualTo(LocalDate.of(2025, 10, 9));
		// Working days up to the due date from Sunday 28 September (a make-up working day): 29, 30 September, 9 October.
		reminders.remind(LocalDate.of(2025, 9, 26));
		assertThat(notices(p)).isEmpty();
		reminders.remind(LocalDate.of(2025, 9, 28));
		assertThat(notices(p)).containsExactly("petitions.notice.dueSoon");
		reminders.remind(LocalDate.of(2025, 10, 4));
		assertThat(notices(p)).hasSize(1);
		reminders.remind(LocalDate.of(2025, 10, 10));
		reminders.remind(LocalDate.of(2025, 10, 13));
		assertThat(notices(p)).containsExactly("petitions.notice.dueSoon", "petitions.notice.overdue");
		String args = jdbc.sql("SELECT args FROM notifications_notification WHERE link = :l ORDER BY id DESC")
			.param("l", "/petitions/" + p.id().value()).query(String.class).list().get(0);
		assertThat(args).contains(p.number()).doesNotContain("13812345678");
	}

	private List<String> notices(Petition p) {
		return jdbc.sql("SELECT message_key FROM notifications_notification WHERE link = :l ORDER BY id")
			.param("l", "/petitions/" + p.id().value()).query(String.class).list();
	}
}
