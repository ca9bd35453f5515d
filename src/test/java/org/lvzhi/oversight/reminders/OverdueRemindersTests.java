package org.lvzhi.oversight.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.directory.Classification;
import org.lvzhi.directory.CreateOrganization;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.OrganizationDetails;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonId;
import org.lvzhi.directory.PersonListItem;
import org.lvzhi.directory.PersonQuery;
import org.lvzhi.oversight.FilingId;
import org.lvzhi.oversight.FilingWorkflow;
import org.lvzhi.oversight.InquiryId;
import org.lvzhi.oversight.InquiryWorkflow;
import org.lvzhi.oversight.ReviewType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Overdue inquiry commitments and filing-review steps reach the right inboxes once a day, done ones never. */
@IntegrationTest
class OverdueRemindersTests {

	@Autowired
	OverdueReminders reminders;
	@Autowired
	InquiryWorkflow inquiries;
	@Autowired
	FilingWorkflow filings;
	@Autowired
	CreateOrganization organizations;
	@Autowired
	Directory directory;
	@Autowired
	JdbcClient jdbc;

	private OrganizationId organ(String name) {
		return organizations.create(new OrganizationDetails(name + System.nanoTime(), Classification.GOVERNMENT_DEPARTMENT,
				null, null, null, null, null, null));
	}

	private long notices(String recipient, String category, String marker) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM notifications_notification n JOIN notifications_recipient r ON r.notification_id = n.id
				WHERE r.recipient_key = ? AND n.category = ? AND n.args LIKE ?""")
			.params(recipient, category, "%" + marker + "%").query(Long.class).single();
	}

	@Test
	void anOverdueCommitmentIsRemindedOnceToItsOrganAndTheOfficeAndADoneOneNever() {
		List<PersonId> persons = directory.findPersons(new PersonQuery(null, null, null, null, null, null), 1, 2).items()
			.stream().map(PersonListItem::id).toList();
		OrganizationId organ = organ("测试承诺单位");
		String title = "测试逾期承诺询问" + System.nanoTime();
		InquiryId id = inquiries.hold(title, LocalDate.of(2024, 8, 29), null);
		long answerer = inquiries.addRespondent(id, persons.get(1), organ, "局长");
		inquiries.commit(id, null, answerer, "逾期未办结的承诺", LocalDate.of(2024, 10, 31));
		long done = inquiries.commit(id, null, answerer, "按期办结的承诺", LocalDate.of(2024, 10, 31));
		inquiries.fulfil(done, "已办结。", LocalDate.of(2024, 10, 30));
		LocalDate day = LocalDate.of(2024, 11, 4);
		reminders.remind(day);
		reminders.remind(day);
		String category = "oversight.commitment.overdue";
		assertThat(notices("org:" + organ.value(), category, title)).isEqualTo(1);
		assertThat(notices(OverdueReminders.OFFICE, category, title)).isEqualTo(1);
		assertThat(notices("org:" + organ.value(), category, "按期办结的承诺")).isZero();
		reminders.remind(day.plusDays(1));
		assertThat(notices("org:" + organ.value(), category, title)).isEqualTo(2);
	}

	@Test
	void anOverdueAnswerIsRemindedOnceToTheMakerAndTheOfficeAndAnAnsweredOneNever() {
		OrganizationId maker = organ("测试制定机关");
		String late = "测试逾期答复办法" + System.nanoTime();
		String answered = "测试已答复办法" + System.nanoTime();
		FilingId a = filings.file(late, null, maker, LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 20));
		FilingId b = filings.file(answered, null, maker, LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 20));
		for (FilingId f : List.of(a, b)) {
			filings.check(f, ReviewType.ACTIVE, LocalDate.of(2024, 5, 24));
			filings.sendOpinion(f, "第五条缺乏上位法依据。", LocalDate.of(2024, 6, 5));
		}
		filings.recordAnswer(b, "已修改。", LocalDate.of(2024, 7, 1));
		LocalDate day = LocalDate.of(2024, 7, 10);
		reminders.remind(day);
		reminders.remind(day);
		String category = "oversight.filing.overdue";
		assertThat(notices("org:" + maker.value(), category, late)).isEqualTo(1);
		assertThat(notices(OverdueReminders.OFFICE, category, late)).isEqualTo(1);
		assertThat(notices("org:" + maker.value(), category, answered)).isZero();
		assertThat(notices(OverdueReminders.OFFICE, category, answered)).isZero();
	}

	@Test
	void anOverdueFormalCheckIsRemindedToTheOffice() {
		String title = "测试逾期形式审查" + System.nanoTime();
		filings.file(title, null, organ("测试制定机关"), LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 20));
		reminders.remind(LocalDate.of(2024, 6, 10));
		assertThat(notices(OverdueReminders.OFFICE, "oversight.filing.overdue", title)).isEqualTo(1);
	}
}
