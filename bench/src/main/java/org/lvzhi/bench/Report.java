package org.lvzhi.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.lvzhi.bench.LoadRunner.Result;

/**
 * Pairs each HTTP result with the raw-SQL result of the same scenario and concurrency and prints
 * the pair with the HTTP/raw ratios, as a text table and as Markdown.
 */
public final class Report {

	private Report() {
	}

	private record Pair(Result http, Result raw) {
	}

	private static List<Pair> pairs(List<Result> results) {
		Map<String, Result[]> byKey = new LinkedHashMap<>();
		for (Result r : results) {
			Result[] p = byKey.computeIfAbsent(r.scenario() + "|" + r.threads(), k -> new Result[2]);
			p["http".equals(r.mode()) ? 0 : 1] = r;
		}
		List<Pair> list = new ArrayList<>();
		byKey.values().forEach(p -> list.add(new Pair(p[0], p[1])));
		return list;
	}

	public static String text(List<Result> results) {
		StringBuilder b = new StringBuilder();
		String head = "%-14s %4s | %9s %9s %6s | %8s %8s %6s | %8s %8s %6s | %6s%n";
		b.append(String.format(Locale.ROOT, head, "scenario", "thr", "HTTP r/s", "raw r/s", "ratio", "HTTP p50", "raw p50",
				"ratio", "HTTP p99", "raw p99", "ratio", "errors"));
		b.append("-".repeat(118)).append('\n');
		for (Pair p : pairs(results)) {
			Result h = p.http();
			Result r = p.raw();
			b.append(String.format(Locale.ROOT, "%-14s %4d | %9.1f %9s %6s | %8.2f %8s %6s | %8.2f %8s %6s | %6s%n",
					h.scenario(), h.threads(), h.perSecond(), r == null ? "-" : f1(r.perSecond()),
					r == null ? "-" : f2(h.perSecond() / r.perSecond()), h.p50(), r == null ? "-" : f2(r.p50()),
					r == null ? "-" : f1(h.p50() / r.p50()), h.p99(), r == null ? "-" : f2(r.p99()),
					r == null ? "-" : f1(h.p99() / r.p99()), h.errors() + (r == null ? 0 : r.errors())));
		}
		return b.toString();
	}

	public static String markdown(List<Result> results) {
		StringBuilder b = new StringBuilder();
		b.append("| scenario | client threads | HTTP req/s | raw SQL req/s | HTTP/raw req/s | HTTP p50 ms | raw p50 ms "
				+ "| HTTP/raw p50 | HTTP p99 ms | raw p99 ms | HTTP/raw p99 | requests (HTTP / raw) | errors |\n");
		b.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		for (Pair p : pairs(results)) {
			Result h = p.http();
			Result r = p.raw();
			if (r == null) {
				continue;
			}
			b.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.2f | %.2f | %.2f | %.1f | %.2f | %.2f | %.1f | %d / %d | %d |%n",
					h.scenario(), h.threads(), h.perSecond(), r.perSecond(), h.perSecond() / r.perSecond(), h.p50(), r.p50(),
					h.p50() / r.p50(), h.p99(), r.p99(), h.p99() / r.p99(), h.requests(), r.requests(),
					h.errors() + r.errors()));
		}
		return b.toString();
	}

	public static String csv(List<Result> results) {
		StringBuilder b = new StringBuilder("scenario,mode,threads,requests,errors,seconds,per_second,p50_ms,p90_ms,p99_ms,max_ms,mean_ms\n");
		for (Result r : results) {
			b.append(String.format(Locale.ROOT, "%s,%s,%d,%d,%d,%.3f,%.2f,%.3f,%.3f,%.3f,%.3f,%.3f%n", r.scenario(), r.mode(),
					r.threads(), r.requests(), r.errors(), r.seconds(), r.perSecond(), r.p50(), r.p90(), r.p99(), r.max(),
					r.mean()));
		}
		return b.toString();
	}

	private static String f1(double d) {
		return String.format(Locale.ROOT, "%.1f", d);
	}

	private static String f2(double d) {
		return String.format(Locale.ROOT, "%.2f", d);
	}
}
