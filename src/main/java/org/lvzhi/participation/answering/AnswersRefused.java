package org.lvzhi.participation.answering;

import java.util.List;

import org.lvzhi.participation.questionnaires.ParticipationException;

/**
 * A response refused because of its answers: every problem at once, each naming its question, so
 * that the respondent corrects them in one go.
 */
public class AnswersRefused extends ParticipationException {

	/** One question's problem: message key {@code key} with {@code args}; the question's number comes first. */
	public record Problem(long questionId, int number, String key, List<Object> args) {
	}

	private final transient List<Problem> problems;

	AnswersRefused(List<Problem> problems) {
		super("participation.error.answers", problems.size(), problems.get(0).number());
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return problems;
	}
}
