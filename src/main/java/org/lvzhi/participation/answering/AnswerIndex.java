package org.lvzhi.participation.answering;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.lvzhi.accounts.Accounts;
import org.lvzhi.audit.AuditEvent;
import org.lvzhi.accounts.AccountView;
import org.lvzhi.accounts.Role;
import org.lvzhi.participation.questionnaires.ParticipationAccess;
import org.lvzhi.search.DocumentChanged;
import org.lvzhi.search.DocumentSource;
import org.lvzhi.search.SearchDocument;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The free-text answers of questionnaires as search documents (type {@code questionnaire-answer}),
 * one per answer: the questionnaire's title and the question as title, the answer as body. Who
 * answered is never indexed (the response keeps only a hash of the respondent anyway), nor when to
 * the minute. Only the general office reads single answers on the results page
 * ({@link ParticipationAccess#isOffice}): questionnaires have no owner of their own, so the readers
 * are the accounts of the office's staff and the administrators, indexed again whenever such an account
 * is opened (an account never changes its role or office).
 */
@Component
class AnswerIndex implements DocumentSource {

	static final String TYPE = "questionnaire-answer";

	private static final String SELECT = """
			SELECT q.id AS questionnaire_id, q.title, x.id AS question_id, x.text AS question, r.id AS response_id,
			       r.submitted_at, a.text AS answer
			FROM participation_answer a
			JOIN participation_response r ON r.id = a.response_id
			JOIN participation_question x ON x.id = a.question_id
			JOIN participation_questionnaire q ON q.id = r.questionnaire_id
			WHERE x.kind IN ('SHORT_TEXT', 'LONG_TEXT') AND a.text IS NOT NULL""";

	/** The audit actions of an account being opened. */
	private static final Set<String> OPENED = Set.of("accounts.account.opened", "accounts.account.openedWithPublishedPassword");

	private final JdbcClient jdbc;
	private final Accounts accounts;
	private final ApplicationEventPublisher events;

	AnswerIndex(JdbcClient jdbc, Accounts accounts, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.events = events;
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public long size() {
		return jdbc.sql("SELECT COUNT(*) FROM (" + SELECT + ") t").query(Long.class).single();
	}

	@Override
	public void forEach(Consumer<SearchDocument> consumer) {
		Set<String> readers = readers();
		jdbc.sql(SELECT + " ORDER BY r.id, x.id").query(rs -> {
			consumer.accept(document(row(rs), readers));
		});
	}

	/** The page of the question's written answers in the questionnaire's results. */
	@Override
	public String link(String id) {
		String[] parts = id.split("-");
		return parts.length == 3 ? "/participation/questionnaires/" + parts[0] + "/results?tq=" + parts[2] : null;
	}

	/**
	 * An account opened for the general office or an administrator reads every written answer: the
	 * answers are indexed again with it among their readers. (Accounts keep their role and office.)
	 */
	@EventListener
	void on(AuditEvent event) {
		if (!OPENED.contains(event.action()) || event.subjectId() == null) {
			return;
		}
		try {
			accounts.find(Long.parseLong(event.subjectId())).filter(AnswerIndex::readsAnswers)
				.ifPresent(a -> forEach(d -> events.publishEvent(new DocumentChanged(d))));
		}
		catch (NumberFormatException e) {
			// Not an account's ID: nothing to index.
		}
	}

	/** Puts a response's written answers in the index once the response is stored. */
	void submitted(long response) {
		var rows = jdbc.sql(SELECT + " AND r.id = ? ORDER BY x.id").param(response).query((rs, n) -> row(rs)).list();
		if (rows.isEmpty()) {
			return;
		}
		Set<String> readers = readers();
		rows.forEach(row -> events.publishEvent(new DocumentChanged(document(row, readers))));
	}

	/** The accounts that pass {@link ParticipationAccess#isOffice}: administrators and the general office's staff. */
	private Set<String> readers() {
		Set<String> readers = new LinkedHashSet<>();
		for (AccountView a : accounts.list()) {
			if (readsAnswers(a)) {
				readers.add(SearchDocument.accountReader(a.id()));
			}
		}
		return readers;
	}

	private static boolean readsAnswers(AccountView a) {
		return Role.ADMIN.name().equals(a.role())
				|| (Role.STAFF.name().equals(a.role()) && ParticipationAccess.OFFICE.equals(a.officeCode()));
	}

	private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Row(rs.getLong("questionnaire_id"), rs.getString("title"), rs.getLong("question_id"),
				rs.getString("question"), rs.getLong("response_id"), rs.getObject("submitted_at", LocalDateTime.class),
				rs.getString("answer"));
	}

	static SearchDocument document(Row row, Set<String> readers) {
		Map<String, Set<String>> facets = new LinkedHashMap<>();
		facets.put(SearchDocument.YEAR, Set.of(String.valueOf(row.submittedAt().getYear())));
		facets.put("questionnaire", Set.of(String.valueOf(row.questionnaire())));
		facets.put("question", Set.of(String.valueOf(row.question())));
		return new SearchDocument(TYPE, row.questionnaire() + "-" + row.response() + "-" + row.question(),
				row.title() + " " + row.questionText(), row.answer(), facets, row.submittedAt().toLocalDate(), readers);
	}

	record Row(long questionnaire, String title, long question, String questionText, long response,
			LocalDateTime submittedAt, String answer) {
	}
}
