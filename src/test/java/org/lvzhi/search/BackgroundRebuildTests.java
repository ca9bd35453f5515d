package org.lvzhi.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.search.GatedNotes.note;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A rebuild on demand runs in the background: the old index answers until the new one is
 * complete, and what changes meanwhile is in the new one.
 */
@IntegrationTest
class BackgroundRebuildTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	Search search;
	@Autowired
	Rebuilds rebuilds;
	@Autowired
	GatedNotes source;
	@Autowired
	ApplicationEventPublisher events;

	String scope;
	List<SearchDocument> served;

	@BeforeEach
	void anIndexBuiltOnce() {
		scope = NoteFixture.privateScope();
		served = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			served.add(note(scope + "-" + i, "老旧小区改造第" + i + "号", scope));
		}
		source.serve(served);
		search.rebuild(GatedNotes.TYPE);
	}

	@AfterEach
	void released() throws Exception {
		source.release();
		Rebuilds.Progress last = rebuilds.latest(GatedNotes.TYPE).orElseThrow();
		last.await(Duration.ofSeconds(30));
	}

	List<String> ids(String text) {
		return search.search(new SearchQuery(GatedNotes.TYPE, text, Map.of(), Set.of(scope), 0, 100))
			.hits()
			.stream()
			.map(SearchHits.Hit::id)
			.toList();
	}

	@Test
	void theOldIndexAnswersWhileTheNewOneIsBuiltAndChangesMadeMeanwhileAreKept() throws Exception {
		source.gate(served, false);
		mvc.perform(post("/admin/search/rebuild").param("type", GatedNotes.TYPE).with(csrf()).with(admin()))
			.andExpect(flash().attribute("successKey", "search.rebuild.started"));
		assertThat(source.awaitHalfway()).isTrue();

		assertThat(ids("改造")).as("the old index answers during the rebuild").hasSize(20);
		// The source has already read document 0 and will still hand over document 19 as it was:
		// both changed, one removed, one new, while the rebuild runs.
		events.publishEvent(new DocumentChanged(note(scope + "-0", "改为加装电梯", scope)));
		events.publishEvent(new DocumentChanged(note(scope + "-19", "改为垃圾分类", scope)));
		events.publishEvent(new DocumentRemoved(GatedNotes.TYPE, scope + "-1"));
		events.publishEvent(new DocumentRemoved(GatedNotes.TYPE, scope + "-18"));
		events.publishEvent(new DocumentChanged(note(scope + "-new", "新增的停车难问题", scope)));
		assertThat(ids("电梯")).as("changes reach the old index at once").containsExactly(scope + "-0");
		assertThat(rebuilds.running(GatedNotes.TYPE)).isTrue();

		source.release();
		rebuilds.latest(GatedNotes.TYPE).orElseThrow().await(Duration.ofSeconds(30));

		assertThat(ids("电梯")).containsExactly(scope + "-0");
		assertThat(ids("垃圾分类")).containsExactly(scope + "-19");
		assertThat(ids("停车")).containsExactly(scope + "-new");
		assertThat(ids("改造")).hasSize(20 - 4).doesNotContain(scope + "-1", scope + "-18");
		assertThat(search.count(GatedNotes.TYPE)).isEqualTo(20 - 2 + 1);
		assertThat(rebuilds.latest(GatedNotes.TYPE).orElseThrow().documents()).isEqualTo(19);
	}

	@Test
	void thePageShowsProgressAndASecondRebuildWaits() throws Exception {
		source.gate(served, false);
		rebuilds.start(GatedNotes.TYPE);
		assertThat(source.awaitHalfway()).isTrue();

		mvc.perform(get("/admin/search").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("search-rebuild-running")))
			.andExpect(content().string(Matchers.containsString("every 2s")))
			.andExpect(content().string(Matchers.containsString("10 / 约 20")));
		mvc.perform(get("/admin/search").param("table", "1").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("search-rebuild-running")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("<nav"))));
		mvc.perform(post("/admin/search/rebuild").param("type", GatedNotes.TYPE).with(csrf()).with(admin()))
			.andExpect(flash().attribute("errorKey", "search.rebuild.running"));

		source.release();
		rebuilds.latest(GatedNotes.TYPE).orElseThrow().await(Duration.ofSeconds(30));
		mvc.perform(get("/admin/search").with(admin()))
			.andExpect(content().string(Matchers.containsString("search-rebuild-done")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("every 2s"))));
	}

	@Test
	void aFailedRebuildLeavesTheOldIndexInPlace() throws Exception {
		source.gate(served.subList(0, 10), true);
		rebuilds.start(GatedNotes.TYPE);
		assertThat(source.awaitHalfway()).isTrue();
		events.publishEvent(new DocumentChanged(note(scope + "-during", "失败期间的修改", scope)));
		source.release();
		Rebuilds.Progress progress = rebuilds.latest(GatedNotes.TYPE).orElseThrow();
		progress.await(Duration.ofSeconds(30));

		assertThat(progress.failed()).isTrue();
		assertThat(ids("改造")).hasSize(20);
		assertThat(ids("修改")).containsExactly(scope + "-during");
		mvc.perform(get("/admin/search").with(admin()))
			.andExpect(content().string(Matchers.containsString("search-rebuild-failed")));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return user(new ReaderPrincipal("ADMIN", null, null));
	}
}
