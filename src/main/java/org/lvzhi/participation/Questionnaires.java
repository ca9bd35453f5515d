package org.lvzhi.participation;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * What other modules may do with questionnaires, through the same rules as the office's pages and
 * the public form: every step audited, every answer checked against its questions.
 */
public interface Questionnaires {

	QuestionnaireId create(String title, String introduction, String privacyNotice, Audience audience);

	/** @return the question's id, for later questions' conditions */
	long addQuestion(QuestionnaireId id, QuestionSpec question);

	/** Opens the questionnaire for answers from {@code opensAt} until {@code closesAt}. */
	void publish(QuestionnaireId id, LocalDateTime opensAt, LocalDateTime closesAt);

	/**
	 * One respondent's answers, as the form sends them: {@code q<id>} with the chosen option(s),
	 * the scale point, the number or the text, and {@code q<id>_<n>} for the n-th item of a matrix
	 * (counted from 0). The questionnaire must be open at {@code at}.
	 *
	 * @param respondent what makes the respondent one (a device's key, a code, an account); kept
	 *     only as a keyed hash
	 * @return the receipt code
	 */
	String answer(QuestionnaireId id, Map<String, List<String>> form, String respondent, String language,
			LocalDateTime at);

	/** Shows (or hides again) the results on the public pages. */
	void publishResults(QuestionnaireId id, boolean published);
}
