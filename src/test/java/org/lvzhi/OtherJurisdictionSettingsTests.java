package org.lvzhi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.lvzhi.deadlines.DeadlinePeriod;
import org.lvzhi.meetings.rules.MeetingsSettings;
import org.lvzhi.oversight.inspections.InspectionDeadlines;
import org.lvzhi.petitions.NewPetition;
import org.lvzhi.petitions.PetitionKind;
import org.lvzhi.petitions.handling.Petition;
import org.lvzhi.petitions.handling.PetitionMoves;
import org.lvzhi.petitions.handling.PetitionSettings;
import org.lvzhi.suggestions.SuggestionDeadlines;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Another city or province changes a statutory number in its configuration, not in the code: the
 * installation started with {@code other-jurisdiction.properties} uses its values where the
 * national defaults would otherwise apply.
 */
@EmptyInstallationTest
class OtherJurisdictionSettingsTests {

	@Autowired
	MeetingsSettings meetings;
	@Autowired
	PetitionSettings petitions;
	@Autowired
	PetitionMoves petitionMoves;
	@Autowired
	SuggestionDeadlines suggestionDeadlines;
	@Autowired
	InspectionDeadlines inspectionDeadlines;

	@Test
	void aSittingNeedsTwoThirdsPresentAndTheNoticeTenDaysBefore() {
		assertThat(meetings.noticeDays()).isEqualTo(10);
		assertThat(meetings.maxGapMonths()).isEqualTo(3);
		// 60 of 90 is not more than two thirds; by the national rule (more than half) it would be a quorum.
		assertThat(meetings.quorum(60, 90)).isFalse();
		assertThat(meetings.quorum(61, 90)).isTrue();
		assertThat(meetings.quorumCount(90)).isEqualTo(61);
	}

	@Test
	void aPetitionIsRoutedWithinTenWorkingDays() {
		assertThat(petitions.routePeriod()).isEqualTo(DeadlinePeriod.workingDays(10));
		assertThat(petitions.handlingPeriod()).isEqualTo(DeadlinePeriod.calendarDays(45));
		assertThat(petitions.chaseEveryWorkingDays()).isEqualTo(2);
		assertThat(petitions.similarWindowYears()).isEqualTo(5);
		// Received on Monday 3 March 2025; the day of receipt does not count, so ten working days end
		// on Monday 17 March (the national 15 calendar days would end on Tuesday 18 March).
		Petition p = petitionMoves.registered(new NewPetition(PetitionKind.LETTER, LocalDate.of(2025, 3, 3), 1,
				"另一城市来信人", null, null, "某市某区某路1号", null, "路灯不亮", "小区门前路灯长期不亮，请求维修。", "城乡建设",
				null, null));
		assertThat(p.routeDue()).isEqualTo(LocalDate.of(2025, 3, 17));
	}

	@Test
	void aSuggestionIsAnsweredWithinTwoMonthsAndAnInspectionProblemAssignedWithinFiveDays() {
		// Assigned on Monday 3 March 2025: two months end on Saturday 3 May, in the May Day holiday
		// (1-5 May), so on Tuesday 6 May; the national three months would end on Tuesday 3 June.
		assertThat(suggestionDeadlines.answerDue(LocalDate.of(2025, 3, 3), false)).isEqualTo(LocalDate.of(2025, 5, 6));
		// Found on Monday 3 March 2025: five days end on Saturday 8 March, so on Monday 10 March.
		assertThat(inspectionDeadlines.assignDue(LocalDate.of(2025, 3, 3))).isEqualTo(LocalDate.of(2025, 3, 10));
		assertThat(inspectionDeadlines.rectifyDue(LocalDate.of(2025, 3, 10))).isEqualTo(LocalDate.of(2025, 5, 12));
	}
}
