package org.lvzhi.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.directory.Classification;
import org.lvzhi.directory.CreateOrganization;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.OrganizationDetails;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A start runs a small world of its own here (parts named for the test), on the shared database
 * whose demo world is complete: each part is recorded by name, so the real world is not touched.
 */
@IntegrationTest
class InterruptedDemoLoadTests {

	@Autowired
	DemoWorld world;
	@Autowired
	CreateOrganization create;
	@Autowired
	Directory directory;
	@Autowired
	MockMvc mvc;

	@Test
	void aLoadStoppedMidwayKeepsTheFinishedPartsLosesTheBrokenOneAndTheNextStartLoadsTheRest() throws Exception {
		String tag = "中断" + System.nanoTime();
		AtomicBoolean stopMidway = new AtomicBoolean(true);
		List<DemoContributor> parts = List.of(part(tag + "-1", 1, null), part(tag + "-2", 2, stopMidway),
				part(tag + "-3", 3, null));

		String first = world.start(parts);

		assertThat(first).contains("INCOMPLETE demo world: the part '" + tag + "-2' failed")
			.contains("the next start continues with it");
		assertThat(directory.organizationNamed(tag + "-1")).isPresent();
		assertThat(directory.organizationNamed(tag + "-2")).as("nothing of the broken part is kept").isEmpty();
		assertThat(directory.organizationNamed(tag + "-3")).isEmpty();
		assertThat(page("/")).contains("演示数据不完整");

		stopMidway.set(false);
		String next = world.start(parts);

		assertThat(next).contains("INCOMPLETE demo world (1 of 3 parts): an earlier load was interrupted")
			.contains("from '" + tag + "-2'")
			.contains("Data: the complete demo world, loaded in");
		assertThat(directory.organizationNamed(tag + "-2")).isPresent();
		assertThat(directory.organizationNamed(tag + "-3")).isPresent();
		assertThat(page("/")).doesNotContain("演示数据");
		assertThat(world.start(parts)).contains("Data: the complete demo world (3 parts");
	}

	@Test
	void everyPageSaysTheDemoWorldIsLoadingUntilItIsDone() throws Exception {
		CountDownLatch inside = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		DemoContributor slow = new Part("加载中" + System.nanoTime(), 1) {
			@Override
			public void contribute(DemoContext context) {
				inside.countDown();
				try {
					release.await(60, TimeUnit.SECONDS);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
		};
		Thread start = Thread.ofPlatform().start(() -> world.start(List.of(slow)));
		try {
			assertThat(inside.await(60, TimeUnit.SECONDS)).isTrue();
			assertThat(page("/")).contains("演示数据加载中…（第 1/1 部分）");
			assertThat(page("/login")).contains("演示数据加载中…").contains("演示账号也还不能登录");
			assertThat(page("/login?lang=en")).contains("Loading the demo data… (part 1 of 1)");
			assertThat(page("/site-notices")).contains("演示数据加载中…");
		}
		finally {
			release.countDown();
			start.join(60_000);
		}
		assertThat(page("/")).doesNotContain("演示数据");
		assertThat(page("/site-notices")).isBlank();
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
	}

	private DemoContributor part(String name, int order, AtomicBoolean stopMidway) {
		return new Part(name, order) {
			@Override
			public void contribute(DemoContext context) {
				create.create(new OrganizationDetails(name, Classification.OTHER, null, null, null, null, null, null));
				if (stopMidway != null && stopMidway.get()) {
					throw new IllegalStateException("stopped midway");
				}
			}
		};
	}

	private abstract static class Part implements DemoContributor {

		private final String name;
		private final int order;

		Part(String name, int order) {
			this.name = name;
			this.order = order;
		}

		@Override
		public int order() {
			return order;
		}

		@Override
		public String name() {
			return name;
		}
	}
}
