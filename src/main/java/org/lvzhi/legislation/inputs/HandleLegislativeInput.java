package org.lvzhi.legislation.inputs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.legislation.CommentId;
import org.lvzhi.legislation.CommentSource;
import org.lvzhi.legislation.LegislationException;
import org.lvzhi.legislation.ProjectId;
import org.lvzhi.legislation.RecordOfflineComment;
import org.lvzhi.legislation.drafts.DraftStore;
import org.lvzhi.legislation.drafts.DraftVersion;
import org.lvzhi.legislation.drafts.Project;
import org.lvzhi.legislation.internal.Texts;
import org.lvzhi.legislation.process.ProcessStore;
import org.lvzhi.liaison.OpinionId;
import org.lvzhi.liaison.Opinions;
import org.lvzhi.liaison.RecordAnswer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the legislative affairs commission does with an input from a liaison station: take it up
 * for a project, or answer it with a note. Either way the answer goes back to the station through
 * the liaison module's {@link RecordAnswer}, in the same transaction, so the opinion's page shows
 * what became of it; the station's refusal (the opinion closed meanwhile) undoes the commission's
 * move too.
 */
@Component
class HandleLegislativeInput {

	/** The answer is kept in the language of the committee's records, whoever reads the page. */
	private static final Locale RECORDS = Locale.SIMPLIFIED_CHINESE;

	private final InputStore store;
	private final DraftStore drafts;
	private final ProcessStore process;
	private final RecordOfflineComment recordComment;
	private final Opinions opinions;
	private final RecordAnswer recordAnswer;
	private final MessageSource messages;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	HandleLegislativeInput(InputStore store, DraftStore drafts, ProcessStore process, RecordOfflineComment recordComment,
			Opinions opinions, RecordAnswer recordAnswer, MessageSource messages, ApplicationEventPublisher events,
			Clock clock) {
		this.store = store;
		this.drafts = drafts;
		this.process = process;
		this.recordComment = recordComment;
		this.opinions = opinions;
		this.recordAnswer = recordAnswer;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Takes the input up for a project. When one of the project's drafts is open for comment today it
	 * becomes a comment on it from a liaison station; otherwise the project only records it.
	 *
	 * @return the comment it became, or {@code null}
	 */
	@Transactional
	public CommentId take(long id, int version, ProjectId projectId, String note, Long accountId) {
		LegislativeInput input = waiting(id, version);
		if (projectId == null) {
			throw new LegislationException("legislation.input.projectMissing");
		}
		Project project = drafts.project(projectId).orElseThrow(() -> new LegislationException("legislation.project.notFound"));
		LocalDate today = LocalDate.now(clock);
		DraftVersion open = openDraft(projectId, today);
		CommentId comment = open == null ? null
				: recordComment.record(open.id(), null, commentBody(input), input.stationName(), CommentSource.LIAISON_STATION,
						null, null, "opinion:" + input.opinionId(), input.sentOn(), accountId);
		String text = Texts.optional(note, 1000);
		String answer = messages.getMessage(comment == null ? "legislation.input.answer.project" : "legislation.input.answer.comment",
				new Object[] { project.title() }, RECORDS) + (text == null ? "" : " " + text);
		if (!store.take(id, version, projectId.value(), comment == null ? null : comment.value(), answer, today, accountId)) {
			throw new OptimisticLockingFailureException("legislative input " + id);
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("state", InputState.TAKEN.name());
		after.put("project", projectId.value());
		after.put("comment", comment == null ? "" : comment.value());
		events.publishEvent(AuditEvent.changed("legislation.input.taken", "LegislativeInput", id, input.subject(),
				Map.of("state", input.state().name()), after));
		answerStation(input, answer, today);
		return comment;
	}

	/** Answers the input with a note and nothing more. */
	@Transactional
	public void answer(long id, int version, String note, Long accountId) {
		LegislativeInput input = waiting(id, version);
		String answer = Texts.optional(note, 2000);
		if (answer == null) {
			throw new LegislationException("legislation.input.answerMissing");
		}
		LocalDate today = LocalDate.now(clock);
		if (!store.answer(id, version, answer, today, accountId)) {
			throw new OptimisticLockingFailureException("legislative input " + id);
		}
		events.publishEvent(AuditEvent.changed("legislation.input.answered", "LegislativeInput", id, input.subject(),
				Map.of("state", input.state().name()), Map.of("state", InputState.ANSWERED.name(), "answer", answer)));
		answerStation(input, answer, today);
	}

	private LegislativeInput waiting(long id, int version) {
		LegislativeInput input = store.find(id).orElseThrow(() -> new LegislationException("legislation.input.notFound"));
		if (input.version() != version) {
			throw new OptimisticLockingFailureException("legislative input " + id);
		}
		if (input.state() != InputState.NEW) {
			throw new LegislationException("legislation.input.handled");
		}
		return input;
	}

	private DraftVersion openDraft(ProjectId project, LocalDate today) {
		List<DraftVersion> versions = drafts.versions(project);
		for (int i = versions.size() - 1; i >= 0; i--) {
			DraftVersion v = versions.get(i);
			if (process.window(v.id()).filter(w -> w.contains(today)).isPresent()) {
				return v;
			}
		}
		return null;
	}

	private static String commentBody(LegislativeInput input) {
		String text = input.body() == null ? input.subject() : input.subject() + "\n" + input.body();
		return text.length() > Texts.MAX_BODY ? text.substring(0, Texts.MAX_BODY) : text;
	}

	private void answerStation(LegislativeInput input, String answer, LocalDate today) {
		OpinionId opinion = new OpinionId(input.opinionId());
		int version = opinions.get(opinion).orElseThrow(() -> new LegislationException("legislation.input.opinionGone")).version();
		recordAnswer.record(opinion, version, answer, today);
	}
}
