package org.lvzhi.petitions.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.directory.Classification;
import org.lvzhi.directory.CreateOrganization;
import org.lvzhi.directory.OrganizationDetails;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.petitions.PetitionFixture;
import org.lvzhi.petitions.Route;
import org.lvzhi.petitions.handling.Petition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A body a petition is handed to hears of it the day it is routed, with the due date and a link to
 * its own page; a matter the office keeps (自办) tells no body anything, and no notice carries the
 * petitioner's name or phone.
 */
@IntegrationTest
class RoutedNoticeTests {

	@Autowired
	ApplicationContext context;
	@Autowired
	CreateOrganization organizations;
	@Autowired
	JdbcClient jdbc;

	@Test
	void theBodyAMatterIsHandedToIsToldWithItsDueDateAndNothingPersonal() {
		PetitionFixture fixture = new PetitionFixture(context);
		String name = "信访转办测试局" + System.nanoTime() % 1_000_000;
		OrganizationId body = organizations.create(new OrganizationDetails(name, Classification.GOVERNMENT_DEPARTMENT,
				null, null, null, null, null, null));
		Petition p = fixture.registered(LocalDate.of(2025, 9, 16));
		fixture.moves.route(p.id(), Route.ASSIGN, name, body.value(), null, LocalDate.of(2025, 9, 17));
		Petition routed = fixture.get(p.id());

		List<String> notices = noticesTo(body);
		assertThat(notices).hasSize(1);
		assertThat(notices.get(0)).contains(routed.number()).contains(routed.handlingDue().toString())
			.doesNotContain("13812345678");
		assertThat(jdbc.sql("SELECT link FROM notifications_notification n JOIN notifications_recipient r"
				+ " ON r.notification_id = n.id WHERE r.recipient_key = :k").param("k", "org:" + body.value())
			.query(String.class).single()).isEqualTo("/unit/petitions/" + p.id().value());
	}

	@Test
	void aMatterTheOfficeKeepsTellsNoBody() {
		PetitionFixture fixture = new PetitionFixture(context);
		String name = "信访自办测试局" + System.nanoTime() % 1_000_000;
		OrganizationId body = organizations.create(new OrganizationDetails(name, Classification.GOVERNMENT_DEPARTMENT,
				null, null, null, null, null, null));
		Petition p = fixture.registered(LocalDate.of(2025, 9, 16));
		fixture.moves.route(p.id(), Route.SELF, name, body.value(), null, LocalDate.of(2025, 9, 17));

		assertThat(noticesTo(body)).isEmpty();
	}

	private List<String> noticesTo(OrganizationId body) {
		return jdbc.sql("SELECT n.message_key || ' ' || n.args FROM notifications_notification n"
				+ " JOIN notifications_recipient r ON r.notification_id = n.id WHERE r.recipient_key = :k")
			.param("k", "org:" + body.value()).query(String.class).list();
	}
}
