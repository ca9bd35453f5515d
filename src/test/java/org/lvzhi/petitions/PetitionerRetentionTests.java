package org.lvzhi.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.petitions.handling.Petition;
import org.lvzhi.petitions.handling.PetitionState;
import org.lvzhi.petitions.handling.Petitioner;
import org.lvzhi.petitions.handling.PetitionerRetention;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Five years after closing, a petitioner's personal data are erased and the matter is kept; an
 * open petition, or one closed more recently, keeps them.
 */
@IntegrationTest
class PetitionerRetentionTests {

	@Autowired
	ApplicationContext context;
	@Autowired
	PetitionerRetention retention;

	@Test
	void personalDataAreErasedFiveYearsAfterClosingAndTheMatterStays() {
		PetitionFixture fixture = new PetitionFixture(context);
		Petition old = fixture.replied(LocalDate.of(2019, 3, 4), LocalDate.of(2019, 3, 6), LocalDate.of(2019, 4, 1));
		fixture.moves.close(old.id(), LocalDate.of(2019, 5, 6));
		Petition recent = fixture.replied(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 6), LocalDate.of(2024, 4, 1));
		fixture.moves.close(recent.id(), LocalDate.of(2024, 5, 6));
		Petition open = fixture.registered(LocalDate.of(2019, 3, 5));

		retention.eraseExpired(LocalDate.of(2024, 5, 7));

		Petitioner erased = fixture.moves.viewPetitioner(old.id(), "test");
		assertThat(erased.name()).isNull();
		assertThat(erased.phone()).isNull();
		assertThat(erased.address()).isNull();
		assertThat(fixture.get(old.id()).state()).isEqualTo(PetitionState.FINAL);
		assertThat(fixture.get(old.id()).matter()).isNotBlank();
		assertThat(fixture.moves.viewPetitioner(recent.id(), "test").name()).isNotNull();
		assertThat(fixture.moves.viewPetitioner(open.id(), "test").name()).isNotNull();
	}
}
