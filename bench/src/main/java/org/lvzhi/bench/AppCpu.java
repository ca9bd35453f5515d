package org.lvzhi.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The app process's CPU time, read from /proc, to give each HTTP row the app's CPU per request:
 * on a machine shared with other work the app gets a varying share of the cores, which moves its
 * req/s and latency but not the CPU it spends per request.
 */
public final class AppCpu {

	private final String pid;

	public AppCpu(String pid) {
		this.pid = pid == null ? "" : pid;
	}

	/** User + system seconds so far; 0 where unknown (no pid, not Linux). */
	public double seconds() {
		if (pid.isBlank()) {
			return 0;
		}
		try {
			String stat = Files.readString(Path.of("/proc", pid, "stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			// utime and stime are fields 14 and 15 of the line, in clock ticks (100 a second on Linux).
			return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
		}
		catch (Exception e) {
			return 0;
		}
	}

	public boolean known() {
		return seconds() > 0;
	}

	/** Milliseconds of app CPU per request over a run of {@code requests} that began at {@code before}. */
	public double msPerRequest(double before, long requests) {
		return (seconds() - before) * 1000 / Math.max(1, requests);
	}
}
