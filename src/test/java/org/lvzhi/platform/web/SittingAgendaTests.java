package org.lvzhi.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.lvzhi.platform.China;
import org.lvzhi.platform.SittingItem;
import org.lvzhi.platform.SittingItems;

/**
 * The member's view of the sittings gathered from several modules: coming business by date with
 * what has no date yet last, the latest sitting's business together, and what was decided before.
 */
class SittingAgendaTests {

	private static final LocalDate TODAY = LocalDate.of(2024, 3, 15);

	private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(China.ZONE).toInstant(), China.ZONE);

	private static SittingItem item(LocalDate date, boolean atSitting, String title) {
		return new SittingItem(date, atSitting, "kind", title, "status", "/" + title);
	}

	private record Source(List<SittingItem> upcoming, List<SittingItem> decided) implements SittingItems {

		@Override
		public List<SittingItem> upcoming(LocalDate today) {
			return upcoming;
		}

		@Override
		public List<SittingItem> decided(LocalDate today, int limit) {
			return decided;
		}
	}

	private static List<String> titles(List<SittingItem> items) {
		return items.stream().map(SittingItem::title).toList();
	}

	@Test
	void comingBusinessIsOrderedByItsSittingAndBusinessWithoutADateComesLast() {
		Source reports = new Source(List.of(item(TODAY.plusDays(40), true, "later report"),
				item(TODAY.plusDays(10), true, "next report")), List.of());
		Source drafts = new Source(List.of(item(null, true, "draft awaiting its reading"),
				item(TODAY, true, "vote today")), List.of());

		var view = new SittingAgenda(List.of(reports, drafts), CLOCK).now();

		assertThat(titles(view.upcoming())).containsExactly("vote today", "next report", "later report",
				"draft awaiting its reading");
		assertThat(view.lastSitting()).isNull();
		assertThat(view.atLastSitting()).isEmpty();
	}

	@Test
	void theLastSittingIsTheLatestDayBusinessWasDealtWithAtASittingWhateverTheModule() {
		LocalDate last = LocalDate.of(2023, 12, 26);
		Source reports = new Source(List.of(), List.of(item(last, true, "report heard"),
				item(LocalDate.of(2023, 11, 28), true, "report of november")));
		Source drafts = new Source(List.of(), List.of(item(last, true, "draft read"),
				item(LocalDate.of(2023, 10, 27), true, "draft of october")));
		// Published after the sitting, but not at one: it stays out of the sitting and heads the rest.
		Source evaluations = new Source(List.of(), List.of(item(LocalDate.of(2024, 1, 10), false, "evaluation published")));

		var view = new SittingAgenda(List.of(reports, drafts, evaluations), CLOCK).now();

		assertThat(view.lastSitting()).isEqualTo(last);
		assertThat(titles(view.atLastSitting())).containsExactlyInAnyOrder("report heard", "draft read");
		assertThat(titles(view.recentlyDecided())).containsExactly("evaluation published", "report of november",
				"draft of october");
	}

	@Test
	void onlyTheMostRecentDecisionsAreListedAfterTheLastSitting() {
		List<SittingItem> many = IntStream.range(0, 20)
			.mapToObj(i -> item(TODAY.minusDays(10 + i), true, "report " + i))
			.toList();

		var view = new SittingAgenda(List.of(new Source(List.of(), many)), CLOCK).now();

		assertThat(titles(view.atLastSitting())).containsExactly("report 0");
		assertThat(titles(view.recentlyDecided())).hasSize(SittingAgenda.RECENTLY_DECIDED)
			.startsWith("report 1", "report 2");
	}
}
