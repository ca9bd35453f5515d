package org.lvzhi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class PageTests {

	private static List<Integer> rows(int n) {
		return Collections.nCopies(n, 1);
	}

	@Test
	void aShortListIsCountedExactly() {
		Page<Integer> page = Page.withCappedTotal(rows(20), 1, 20, 57);

		assertThat(page.totalIsLowerBound()).isFalse();
		assertThat(page.total()).isEqualTo(57);
		assertThat(page.pages()).isEqualTo(3);
		assertThat(page.hasNext()).isTrue();
	}

	@Test
	void aLongListStopsCountingAtTheCapAndStillPagesOn() {
		int cap = Page.countCap(1, 20);
		Page<Integer> first = Page.withCappedTotal(rows(20), 1, 20, cap);

		assertThat(first.totalIsLowerBound()).isTrue();
		assertThat(first.total()).isEqualTo(10_000);

		int deep = 500;
		Page<Integer> last = Page.withCappedTotal(rows(20), deep, 20, Page.countCap(deep, 20));
		assertThat(last.hasNext()).isTrue();
		assertThat(last.firstIndex()).isEqualTo(9_981);
	}

	@Test
	void theLastPageOfAnExactListHasNoNext() {
		Page<Integer> page = Page.withCappedTotal(rows(17), 3, 20, 57);

		assertThat(page.hasNext()).isFalse();
		assertThat(page.lastIndex()).isEqualTo(57);
	}
}
