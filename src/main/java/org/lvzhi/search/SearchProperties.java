package org.lvzhi.search;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the indexes live and how often they are made durable.
 *
 * @param directory the folder holding one index folder per document type
 * @param commitInterval how often changed indexes are committed to disk; changes are searchable
 *     at once, a commit only bounds what a crash could lose (a rebuild restores it)
 * @param rebuildOnStartup whether an empty index is rebuilt from its source in the background at
 *     start-up
 * @param rebuildThreads how many threads analyse documents during a rebuild (Chinese analysis is
 *     most of a rebuild's work); by default half the processors, so that a rebuild leaves room
 *     for the users
 */
@ConfigurationProperties("lvzhi.search")
record SearchProperties(Path directory, Duration commitInterval, Boolean rebuildOnStartup, Integer rebuildThreads) {

	SearchProperties {
		directory = directory == null ? Path.of("data", "index") : directory;
		commitInterval = commitInterval == null ? Duration.ofSeconds(30) : commitInterval;
		rebuildOnStartup = rebuildOnStartup == null || rebuildOnStartup;
		rebuildThreads = rebuildThreads == null || rebuildThreads < 1
				? Math.max(1, Runtime.getRuntime().availableProcessors() / 2) : rebuildThreads;
	}
}
