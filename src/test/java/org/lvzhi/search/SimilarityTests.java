package org.lvzhi.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.search.NoteFixture.note;
import static org.lvzhi.search.NoteFixture.privateScope;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class SimilarityTests {

	static final String HOUSING = "test-housing-bureau";
	static final String MARKET = "test-market-regulation";

	@Autowired
	Search search;
	@Autowired
	TestNotes notes;
	@Autowired
	StartupRebuild startup;

	String scope;
	TestNotes.Note elevators;

	@BeforeEach
	void suggestionsAlreadyHandled() throws Exception {
		startup.await(120);
		scope = privateScope();
		elevators = note("关于加快老旧小区加装电梯的建议", "我市老旧小区多为六层以下住宅，没有电梯，老年居民上下楼困难。建议市住建局简化加装电梯审批程序，"
				+ "加大财政补贴力度，协调低层住户利益，推动老旧小区加装电梯工作。", HOUSING, scope);
		notes.save(elevators);
		notes.save(note("关于推进老旧小区改造的建议", "建议将老旧小区改造与加装电梯、管网更新、停车设施建设统筹推进，改善居民居住条件。", HOUSING, scope));
		notes.save(note("关于小区物业管理的建议", "部分老旧小区物业管理缺位，建议住建部门加强物业服务监管，推动老旧小区引入专业物业。", HOUSING, scope));
		notes.save(note("关于加强校园食品安全监管的建议", "建议市场监管部门加强学校食堂和校园周边食品安全检查，严厉查处过期变质食品。", MARKET, scope));
		notes.save(note("关于规范农贸市场秩序的建议", "农贸市场占道经营、缺斤短两问题突出，建议市场监管部门加强日常巡查和计量器具检定。", MARKET, scope));
	}

	@Test
	void aNearDuplicateComesFirstWithAHighScore() {
		String draft = "关于加快老旧小区加装电梯的建议：我市很多老旧小区是六层以下的住宅楼，没有电梯，老年居民上下楼十分困难。"
				+ "建议简化加装电梯审批程序，加大财政补贴，协调低层住户的利益，推动老旧小区加装电梯。";
		List<SearchHits.Hit> similar = search.similar(TestNotes.TYPE, draft, 5, Set.of(scope), Set.of());
		// The IDF comes from the whole test-note index, which other tests fill with elevator notes of their
		// own: the more of them, the less the shared words weigh. The near duplicate must still stand well
		// clear of the merely related notes, whatever ran before.
		assertThat(similar).first().satisfies(hit -> {
			assertThat(hit.id()).isEqualTo(elevators.id());
			assertThat(hit.score()).isGreaterThan(0.6f).isLessThanOrEqualTo(1f);
			assertThat(hit.title()).isEqualTo(elevators.title());
		});
		assertThat(similar.get(0).score() - similar.get(1).score()).isGreaterThan(0.2f);
		assertThat(similar).extracting(SearchHits.Hit::score).isSortedAccordingTo((a, b) -> Float.compare(b, a));
	}

	@Test
	void theSameTextScoresOne() {
		List<SearchHits.Hit> similar = search.similar(TestNotes.TYPE, elevators.title() + "\n" + elevators.body(), 1,
				Set.of(scope), Set.of());
		assertThat(similar.get(0).score()).isGreaterThan(0.99f);
	}

	@Test
	void anUnrelatedTextScoresLow() {
		String unrelated = "建议加快建设城市轨道交通二号线，优化公交线网，缓解早晚高峰交通拥堵。";
		assertThat(search.similar(TestNotes.TYPE, unrelated, 5, Set.of(scope), Set.of()))
			.allSatisfy(hit -> assertThat(hit.score()).isLessThan(0.2f));
	}

	@Test
	void leavesOutExcludedAndUnreadableRecords() {
		String draft = elevators.title() + elevators.body();
		assertThat(search.similar(TestNotes.TYPE, draft, 5, Set.of(scope), Set.of(elevators.id())))
			.extracting(SearchHits.Hit::id)
			.doesNotContain(elevators.id())
			.isNotEmpty();
		assertThat(search.similar(TestNotes.TYPE, draft, 5, Set.of(privateScope()), Set.of())).isEmpty();
	}

	@Test
	void hintsTheUnitThatHandledSimilarRecords() {
		List<Search.FacetHint> hints = search.hint(TestNotes.TYPE, "建议为老旧小区加装电梯并给予补贴", "unit", 3);
		assertThat(hints).first().satisfies(hint -> {
			assertThat(hint.value()).isEqualTo(HOUSING);
			assertThat(hint.weight()).isGreaterThan(0.5).isLessThanOrEqualTo(1.0);
		});
		assertThat(hints.stream().mapToDouble(Search.FacetHint::weight).sum()).isLessThanOrEqualTo(1.0 + 1e-9);

		List<Search.FacetHint> food = search.hint(TestNotes.TYPE, "学校食堂食品安全问题", "unit", 3);
		assertThat(food).first().extracting(Search.FacetHint::value).isEqualTo(MARKET);
	}

	@Test
	void noHintForAFacetNobodyHas() {
		assertThat(search.hint(TestNotes.TYPE, "老旧小区加装电梯", "noSuchFacet", 3)).isEmpty();
	}
}
