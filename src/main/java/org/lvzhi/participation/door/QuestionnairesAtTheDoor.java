package org.lvzhi.participation.door;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.lvzhi.participation.answering.AnswerSheet;
import org.lvzhi.participation.questionnaires.QuestionnaireStore;
import org.lvzhi.platform.PublicDoor;
import org.springframework.stereotype.Component;

/** The questionnaires open now, and what a questionnaire's receipt code stands for. */
@Component
class QuestionnairesAtTheDoor implements PublicDoor {

	private final QuestionnaireStore store;
	private final AnswerSheet sheet;
	private final Clock clock;

	QuestionnairesAtTheDoor(QuestionnaireStore store, AnswerSheet sheet, Clock clock) {
		this.store = store;
		this.sheet = sheet;
		this.clock = clock;
	}

	@Override
	public List<Invitation> openNow(LocalDate today) {
		LocalDateTime now = LocalDateTime.now(clock);
		return store.openAt(now).stream()
			.map(q -> new Invitation("participation.door.questionnaire", q.title(),
					q.closesAt().minusNanos(1).toLocalDate(), "/public/questionnaires/" + q.id()))
			.toList();
	}

	@Override
	public Optional<Submission> track(String code) {
		return sheet.receipt(code).map(r -> new Submission(r.code(), "participation.door.response", r.title(),
				r.submittedAt().toLocalDate(), "participation.receipt.counted", null,
				"/public/questionnaires/receipt?code=" + r.code()));
	}
}
