package org.lvzhi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Scheduled jobs run on one node only: every job takes a lock row of its own, and of several app
 * nodes asking at the same moment (each a lock provider with its own connections to the one
 * database) exactly one gets it; a node that died holding it keeps it only until its time is up.
 */
@IntegrationTest
class JobLockTests {

	@Autowired
	DataSource dataSource;

	@Test
	void everyScheduledJobTakesALockOfItsOwn() throws Exception {
		ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
		scan.addIncludeFilter(new AnnotationTypeFilter(Component.class));
		Map<String, String> names = new HashMap<>();
		List<String> unlocked = new ArrayList<>();
		for (BeanDefinition bean : scan.findCandidateComponents("org.lvzhi")) {
			for (Method method : Class.forName(bean.getBeanClassName()).getDeclaredMethods()) {
				if (!method.isAnnotationPresent(Scheduled.class)) {
					continue;
				}
				String job = method.getDeclaringClass().getSimpleName() + "." + method.getName();
				SchedulerLock lock = method.getAnnotation(SchedulerLock.class);
				if (lock == null) {
					unlocked.add(job);
					continue;
				}
				String before = names.put(lock.name(), job);
				assertThat(before).as("lock name %s of %s already taken", lock.name(), job).isNull();
			}
		}
		assertThat(unlocked).as("scheduled jobs without a lock").isEmpty();
		assertThat(names).hasSizeGreaterThanOrEqualTo(10);
	}

	@Test
	void ofNodesAskingAtOnceExactlyOneRunsTheJob() throws Exception {
		int nodes = 6;
		String job = "test.race-" + UUID.randomUUID();
		CyclicBarrier together = new CyclicBarrier(nodes);
		ExecutorService pool = Executors.newFixedThreadPool(nodes);
		try {
			List<Future<Optional<SimpleLock>>> asked = new ArrayList<>();
			for (int i = 0; i < nodes; i++) {
				LockProvider node = node();
				asked.add(pool.submit(() -> {
					together.await();
					return node.lock(config(job, Duration.ofMinutes(5)));
				}));
			}
			List<SimpleLock> got = new ArrayList<>();
			for (Future<Optional<SimpleLock>> f : asked) {
				f.get().ifPresent(got::add);
			}
			assertThat(got).hasSize(1);
			got.get(0).unlock();
			assertThat(node().lock(config(job, Duration.ofMinutes(5)))).as("free again after the run").isPresent();
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aNodeThatDiedHoldingTheLockHoldsItOnlyUntilItsTimeIsUp() throws Exception {
		String job = "test.crash-" + UUID.randomUUID();
		assertThat(node().lock(config(job, Duration.ofMillis(1500)))).isPresent();
		assertThat(node().lock(config(job, Duration.ofMillis(1500)))).as("still held").isEmpty();
		Thread.sleep(2000);
		assertThat(node().lock(config(job, Duration.ofMinutes(1)))).as("taken over after the time").isPresent();
	}

	private LockProvider node() {
		return SchedulingConfig.jobLocks(new JdbcTemplate(dataSource));
	}

	private static LockConfiguration config(String name, Duration atMost) {
		return new LockConfiguration(Instant.now(), name, atMost, Duration.ZERO);
	}
}
