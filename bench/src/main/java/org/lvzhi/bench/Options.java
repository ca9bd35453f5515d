package org.lvzhi.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

/** The {@code --key=value} options of a run, with defaults. */
public record Options(Map<String, String> values) {

	public String string(String key, String fallback) {
		return values.getOrDefault(key, fallback);
	}

	public int integer(String key, int fallback) {
		return values.containsKey(key) ? Integer.parseInt(values.get(key)) : fallback;
	}

	public Duration seconds(String key, double fallback) {
		double s = values.containsKey(key) ? Double.parseDouble(values.get(key)) : fallback;
		return Duration.ofMillis(Math.round(s * 1000));
	}

	public int[] integers(String key, String fallback) {
		return Arrays.stream(string(key, fallback).split(",")).map(String::strip).mapToInt(Integer::parseInt).toArray();
	}

	public Path path(String key, String fallback) {
		return Path.of(string(key, fallback));
	}

	public String required(String key) {
		String v = values.get(key);
		if (v == null || v.isBlank()) {
			throw new IllegalArgumentException("missing --" + key + "=...");
		}
		return v;
	}
}
