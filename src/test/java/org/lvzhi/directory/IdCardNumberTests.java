package org.lvzhi.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class IdCardNumberTests {

	@Test
	void acceptsTheStandardsExampleAndRejectsAChangedCheckCharacter() {
		// The worked example of GB 11643-1999.
		assertThat(IdCardNumber.isValid("11010519491231002X")).isTrue();
		assertThat(IdCardNumber.isValid("110105194912310021")).isFalse();
	}

	@Test
	void rejectsABirthDateThatDoesNotExist() {
		String first17 = "14010519750230001";
		assertThat(IdCardNumber.isValid(first17 + IdCardNumber.checkCharacter(first17))).isFalse();
	}

	@Test
	void readsBirthDateAndGender() {
		assertThat(IdCardNumber.birthDate("11010519491231002X")).contains(LocalDate.of(1949, 12, 31));
		assertThat(IdCardNumber.gender("11010519491231002X")).isEqualTo(Gender.FEMALE);
	}
}
