package org.lvzhi.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

import org.lvzhi.demo.SuggestionPlan.Fate;
import org.lvzhi.demo.SuggestionPlan.Move;
import org.lvzhi.demo.SuggestionPlan.Planned;
import org.lvzhi.demo.SuggestionPlan.Step;
import org.lvzhi.suggestions.AnswerCategory;
import org.lvzhi.suggestions.ContactStage;
import org.lvzhi.suggestions.Rating;

/**
 * Plans the 2023 suggestions: those of the session of February 2023, assigned at the meeting of
 * 15 March, and a few written later in the year and assigned one by one. The fates are counted
 * out first, so that exactly {@link #CLOSED} suggestions close in 2023, {@link #KEY} of them key
 * suggestions carried out; only dates, deputies and wording are drawn.
 */
final class SuggestionPlanner {

	static final int CLOSED = 416;
	static final int KEY = 18;
	static final LocalDate MEETING = LocalDate.of(2023, 3, 15);
	static final LocalDate KEY_COUNCIL = LocalDate.of(2023, 3, 9);
	static final LocalDate SESSION_OPENS = LocalDate.of(2023, 2, 14);

	private final Random random;
	private final UnaryOperator<LocalDate> workingDay;
	private final SuggestionTexts texts;
	private final int deputies;

	/**
	 * @param workingDay the date itself when offices work that day, else the next working day
	 * @param deputies how many municipal deputies there are to draw from
	 */
	private SuggestionPlanner(Random random, UnaryOperator<LocalDate> workingDay, int deputies) {
		this.random = random;
		this.workingDay = workingDay;
		this.texts = new SuggestionTexts(random);
		this.deputies = deputies;
	}

	static SuggestionPlan plan(Random random, UnaryOperator<LocalDate> workingDay, int deputies) {
		return new SuggestionPlanner(random, workingDay, deputies).plan();
	}

	private SuggestionPlan plan() {
		List<Fate> session = new ArrayList<>();
		add(session, Fate.KEY_IMPLEMENTED, KEY);
		add(session, Fate.IMPLEMENTED, 100);
		add(session, Fate.ANSWERED_A, 182);
		add(session, Fate.UNRATED_A, 8);
		add(session, Fate.ANSWERED_D, 42);
		add(session, Fate.REHANDLED_A, 18);
		add(session, Fate.REHANDLED_B, 5);
		add(session, Fate.REHANDLED_CLOSED, 3);
		add(session, Fate.FOLLOW_UP, 10);
		add(session, Fate.REJECTED, 2);
		Collections.shuffle(session, random);
		List<Fate> later = new ArrayList<>();
		add(later, Fate.ANSWERED_A, 30);
		add(later, Fate.ANSWERED_D, 10);
		Collections.shuffle(later, random);
		later.add(Fate.AWAITING_RATING);
		later.add(Fate.OVERDUE);

		List<Planned> planned = new ArrayList<>();
		// The demo deputy's own: one answered A, one carried out, one still waiting for her rating.
		int ownA = session.indexOf(Fate.ANSWERED_A);
		int ownImplemented = session.indexOf(Fate.IMPLEMENTED);
		for (int i = 0; i < session.size(); i++) {
			planned.add(inSession(session.get(i), i == ownA || i == ownImplemented ? -1 : random.nextInt(deputies)));
		}
		for (Fate fate : later) {
			planned.add(later(fate, fate == Fate.AWAITING_RATING ? -1 : random.nextInt(deputies)));
		}
		planned.sort(Comparator.comparing(Planned::submitted));
		return new SuggestionPlan(List.copyOf(planned), MEETING);
	}

	private Planned inSession(Fate fate, int deputy) {
		SuggestionThemes.Theme theme = theme(fate);
		LocalDate submitted = day(SESSION_OPENS, random.nextInt(4));
		List<Step> steps = new ArrayList<>();
		if (fate == Fate.REJECTED) {
			steps.add(Step.text(Move.REJECT, day(submitted, 7 + random.nextInt(5)),
					pick(List.of("所提内容属于个人具体诉求，已转信访渠道办理。", "所提事项属于司法个案，不属于代表建议范围。"))));
		}
		else {
			steps.add(Step.of(Move.ACCEPT, day(submitted, 6 + random.nextInt(10))));
			if (fate == Fate.KEY_IMPLEMENTED) {
				steps.add(Step.of(Move.MARK_KEY, KEY_COUNCIL));
			}
			steps.add(Step.of(Move.ASSIGN, MEETING));
			handle(fate, theme, MEETING, late(fate), steps);
		}
		return planned(fate, deputy, theme, submitted, true, steps);
	}

	private Planned later(Fate fate, int deputy) {
		SuggestionThemes.Theme theme = fate == Fate.OVERDUE ? SuggestionThemes.THEMES.get(0) : theme(fate);
		LocalDate submitted = switch (fate) {
			case AWAITING_RATING -> LocalDate.of(2023, 10, 16);
			case OVERDUE -> LocalDate.of(2023, 11, 13);
			default -> day(LocalDate.of(2023, 4, 3), random.nextInt(120));
		};
		List<Step> steps = new ArrayList<>();
		LocalDate accepted = day(submitted, 2 + random.nextInt(4));
		LocalDate assigned = day(accepted, 3 + random.nextInt(6));
		steps.add(Step.of(Move.ACCEPT, accepted));
		steps.add(Step.of(Move.ASSIGN, assigned));
		if (fate != Fate.OVERDUE) {
			handle(fate, theme, assigned, false, steps);
		}
		else {
			steps.add(new Step(Move.CONTACT, day(assigned, 8), texts.contactWay(), null, null, ContactStage.BEFORE_HANDLING));
		}
		return planned(fate, deputy, theme, submitted, false, steps);
	}

	private Planned planned(Fate fate, int deputy, SuggestionThemes.Theme theme, LocalDate submitted, boolean session,
			List<Step> steps) {
		String place = texts.place();
		String subject = pick(theme.subjects());
		List<Integer> coSigners = new ArrayList<>();
		int count = random.nextInt(10) < 4 ? 0 : 1 + random.nextInt(4);
		for (int i = 0; i < count; i++) {
			coSigners.add(random.nextInt(deputies));
		}
		boolean coUnit = theme.coDepartment() != null && random.nextInt(4) == 0 && fate != Fate.OVERDUE;
		String title = texts.title(place, subject);
		steps = coUnit ? steps : steps.stream().filter(s -> s.move() != Move.CO_VIEW).toList();
		steps = steps.stream().map(s -> s.move() == Move.ANSWER ? withAnswer(s, theme, title) : s).toList();
		return new Planned(deputy, List.copyOf(coSigners), theme, title, texts.body(theme, place, subject), coUnit,
				submitted.minusDays(1 + random.nextInt(6)), submitted, session, fate, random.nextInt(7), steps);
	}

	/** The units' work from assignment to the end of the year, by fate. */
	private void handle(Fate fate, SuggestionThemes.Theme theme, LocalDate assigned, boolean late, List<Step> steps) {
		LocalDate answered = late ? day(assigned.plusMonths(3), 3 + random.nextInt(12))
				: day(assigned, 35 + random.nextInt(fate == Fate.AWAITING_RATING ? 20 : 50));
		steps.add(new Step(Move.CONTACT, day(assigned, 5 + random.nextInt(15)), texts.contactWay(),
				null, null, ContactStage.BEFORE_HANDLING));
		steps.add(Step.text(Move.CO_VIEW, day(assigned, 10 + random.nextInt(12)), "会办意见：" + pick(theme.measures()) + "，我单位将积极配合主办单位落实。"));
		steps.add(new Step(Move.CONTACT, day(assigned, 28 + random.nextInt(5)), texts.contactWay(),
				null, null, ContactStage.DURING_HANDLING));
		steps.add(new Step(Move.CONTACT, answered.minusDays(3 + random.nextInt(4)), texts.contactWay(), null, null,
				ContactStage.BEFORE_ANSWERING));
		AnswerCategory first = switch (fate) {
			case KEY_IMPLEMENTED, REHANDLED_B -> AnswerCategory.B;
			case IMPLEMENTED -> random.nextInt(4) == 0 ? AnswerCategory.C : AnswerCategory.B;
			case FOLLOW_UP -> AnswerCategory.C;
			case ANSWERED_D, REHANDLED_CLOSED -> AnswerCategory.D;
			default -> AnswerCategory.A;
		};
		if (fate == Fate.REHANDLED_B) {
			first = AnswerCategory.D;
		}
		steps.add(answer(answered, first));
		if (fate == Fate.AWAITING_RATING) {
			return;
		}
		LocalDate rated = day(answered, 2 + random.nextInt(10));
		if (fate == Fate.UNRATED_A) {
			steps.add(Step.of(Move.CLOSE, day(answered, 35 + random.nextInt(5))));
			return;
		}
		boolean rehandled = fate == Fate.REHANDLED_A || fate == Fate.REHANDLED_B || fate == Fate.REHANDLED_CLOSED;
		if (rehandled) {
			steps.add(new Step(Move.RATE, rated, texts.dissatisfied(), null, Rating.DISSATISFIED, null));
			LocalDate reopened = day(rated, 3 + random.nextInt(5));
			steps.add(Step.of(Move.REOPEN, reopened));
			LocalDate again = day(reopened, 10 + random.nextInt(15));
			AnswerCategory second = fate == Fate.REHANDLED_A ? AnswerCategory.A
					: fate == Fate.REHANDLED_B ? AnswerCategory.B : AnswerCategory.D;
			steps.add(new Step(Move.ANSWER, again, "second", second, null, null));
			rated = day(again, 3 + random.nextInt(6));
			if (fate == Fate.REHANDLED_CLOSED) {
				steps.add(new Step(Move.RATE, rated, texts.dissatisfied(), null, Rating.DISSATISFIED, null));
				steps.add(Step.of(Move.CLOSE, day(rated, 5 + random.nextInt(6))));
				return;
			}
		}
		Rating rating = satisfied();
		steps.add(new Step(Move.RATE, rated, rating == Rating.SATISFIED ? "满意，感谢承办单位认真办理。" : "基本满意，希望持续跟进落实。",
				null, rating, null));
		if (fate == Fate.KEY_IMPLEMENTED || fate == Fate.IMPLEMENTED || fate == Fate.FOLLOW_UP || fate == Fate.REHANDLED_B) {
			LocalDate progress = day(LocalDate.of(2023, 8, 15), random.nextInt(40));
			steps.add(Step.text(Move.PROGRESS, progress.isAfter(rated) ? progress : day(rated, 10),
					texts.progress(theme, 40 + 10 * random.nextInt(4))));
			if (fate == Fate.FOLLOW_UP) {
				return;
			}
			if (fate == Fate.KEY_IMPLEMENTED) {
				steps.add(Step.text(Move.PROGRESS, day(LocalDate.of(2023, 10, 16), random.nextInt(10)), texts.progress(theme, 90)));
			}
			steps.add(Step.of(Move.IMPLEMENTED, day(LocalDate.of(2023, 11, 1), random.nextInt(50))));
		}
	}

	private Step answer(LocalDate on, AnswerCategory category) {
		return new Step(Move.ANSWER, on, "first", category, null, null);
	}

	private Step withAnswer(Step s, SuggestionThemes.Theme theme, String title) {
		return new Step(Move.ANSWER, s.on(), texts.answer(theme, s.category(), title, "second".equals(s.text())),
				s.category(), null, null);
	}

	private Rating satisfied() {
		return random.nextInt(5) == 0 ? Rating.BASICALLY_SATISFIED : Rating.SATISFIED;
	}

	private boolean late(Fate fate) {
		return fate != Fate.KEY_IMPLEMENTED && random.nextInt(20) == 0;
	}

	private SuggestionThemes.Theme theme(Fate fate) {
		List<SuggestionThemes.Theme> themes = fate == Fate.KEY_IMPLEMENTED
				? SuggestionThemes.THEMES.stream().filter(SuggestionThemes.Theme::keyWorthy).toList()
				: SuggestionThemes.THEMES;
		return pick(themes);
	}

	/** {@code days} calendar days after {@code from}, moved to a working day. */
	private LocalDate day(LocalDate from, int days) {
		return workingDay.apply(from.plusDays(days));
	}

	private <T> T pick(List<T> list) {
		return list.get(random.nextInt(list.size()));
	}

	private static void add(List<Fate> fates, Fate fate, int count) {
		for (int i = 0; i < count; i++) {
			fates.add(fate);
		}
	}
}
