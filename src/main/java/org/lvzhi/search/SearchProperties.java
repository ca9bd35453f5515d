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
 */
@ConfigurationProperties("lvzhi.search")
record SearchProperties(Path directory, Duration commitInterval, Boolean rebuildOnStartup) {

	SearchProperties {
		directory = directory == null ? Path.of("data", "index") : directory;
		commitInterval = commitInterval == null ? Duration.ofSeconds(30) : commitInterval;
		rebuildOnStartup = rebuildOnStartup == null || rebuildOnStartup;
	}
}
