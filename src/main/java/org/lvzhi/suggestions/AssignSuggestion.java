package org.lvzhi.suggestions;

import java.time.LocalDate;
import java.util.List;

import org.lvzhi.directory.Directory;
import org.lvzhi.directory.OrganizationId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commission assigns accepted suggestions to handling units, one at a time or all the lines of
 * an assignment meeting (交办会) at once. Answers are due within the answer period of the day of
 * assignment; co-handling views within theirs.
 */
@Service
public class AssignSuggestion {

	/** One line of an assignment meeting. */
	public record Line(SuggestionId id, int version, AssignmentPlan plan) {
	}

	private final SuggestionStore store;
	private final SuggestionDeadlines deadlines;
	private final Directory directory;
	private final SuggestionNotices notices;

	AssignSuggestion(SuggestionStore store, SuggestionDeadlines deadlines, Directory directory,
			SuggestionNotices notices) {
		this.store = store;
		this.deadlines = deadlines;
		this.directory = directory;
		this.notices = notices;
	}

	@Transactional
	public void assign(SuggestionId id, int version, AssignmentPlan plan, LocalDate on) {
		Suggestion s = store.load(id, version);
		for (OrganizationId unit : plan.units()) {
			if (directory.organization(unit).isEmpty()) {
				throw new SuggestionException("suggestions.error.unknownUnit", unit.value());
			}
		}
		SuggestionSnapshot before = SuggestionSnapshot.of(s);
		LocalDate answerDue = deadlines.answerDue(on, s.complex());
		s.assign(plan, on, answerDue, deadlines.coViewDue(on));
		Suggestion saved = store.save(s, "assigned", before);
		notices.toUnits(saved, plan.units().stream().map(OrganizationId::value).toList(), "assigned");
	}

	/** Assigns every line, or none when one is refused. */
	@Transactional
	public int assignAll(List<Line> meeting, LocalDate on) {
		for (Line line : meeting) {
			assign(line.id(), line.version(), line.plan(), on);
		}
		return meeting.size();
	}
}
