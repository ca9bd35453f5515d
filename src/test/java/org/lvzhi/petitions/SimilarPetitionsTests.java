package org.lvzhi.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.petitions.handling.Petition;
import org.lvzhi.petitions.similar.SimilarPetitions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Before routing, the office sees the same petitioner's other petitions (by ID number or phone,
 * whatever the name) and petitions on the same matter told in other words.
 */
@IntegrationTest
class SimilarPetitionsTests {

	@Autowired
	ApplicationContext context;
	@Autowired
	SimilarPetitions similar;

	@Test
	void theSameMatterInOtherWordsAndTheSamePhoneUnderAnotherNameAreFound() {
		PetitionFixture fixture = new PetitionFixture(context);
		LocalDate on = LocalDate.of(2024, 11, 4);
		Petition first = fixture.moves.registered(new NewPetition(PetitionKind.LETTER, on, 1, "甲某", null, "13611112222",
				null, null, "晋源区金胜镇某村土地流转租金两年未兑现", "我村土地流转给合作社后，租金已经两年没有兑现，村民多次讨要无果。", "农业农村",
				"晋源区", null));
		Petition again = fixture.moves.registered(new NewPetition(PetitionKind.VISIT, on.plusDays(20), 6, "乙某", null,
				"13633334444", null, "丙某、丁某", "金胜镇土地流转租金拖欠", "合作社拖欠我村土地流转租金两年，请求督促兑现。", "农业农村", "晋源区",
				null));
		Petition samePhone = fixture.moves.registered(new NewPetition(PetitionKind.PHONE, on.plusDays(25), 1, "戊某", null,
				"13611112222", null, null, "询问养老金调整", "想了解今年养老金调整的时间。", "劳动社保", null, null));
		Petition unrelated = fixture.moves.registered(new NewPetition(PetitionKind.LETTER, on.plusDays(26), 1, "己某", null,
				"13655556666", null, null, "公交站台遮雨棚损坏", "坞城路公交站台遮雨棚被风吹坏，请求维修。", "交通运输", null, null));

		var found = similar.similarTo(again.id(), 1000);
		assertThat(found).extracting(SimilarPetitions.Similar::number).contains(first.number())
			.doesNotContain(unrelated.number(), samePhone.number());
		var byPerson = similar.similarTo(samePhone.id(), 1000);
		assertThat(byPerson).filteredOn(SimilarPetitions.Similar::samePerson)
			.extracting(SimilarPetitions.Similar::number).contains(first.number());
	}
}
