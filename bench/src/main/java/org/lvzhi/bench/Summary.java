package org.lvzhi.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The one table of {@code bench/run all}: every benchmark's HTTP and raw results of one run, paired
 * by scenario and client threads, with the performance targets each pair answers to and whether it
 * met them. Reads the {@code results.csv} (and the start-up benchmark's {@code figures.csv}) that
 * each benchmark left in its run folder; {@code runs.txt} names those folders, so an older run's
 * results are never mixed in.
 */
public final class Summary {

	/**
	 * A target: the benchmark and scenarios it covers, the least HTTP/raw throughput ratio, the
	 * highest HTTP p99 and p50 in milliseconds (0 where the target sets none).
	 */
	record Target(String label, String benchmark, Pattern scenario, double minRatio, double maxP99, double maxP50) {

		boolean covers(String bench, String scen) {
			return benchmark.equals(bench) && scenario.matcher(scen).matches();
		}
	}

	static final List<Target> TARGETS = List.of(
			new Target("1 public write", "liaison", Pattern.compile("intake"), 0.5, 50, 0),
			new Target("1 public write", "legislation", Pattern.compile("comment"), 0.5, 50, 0),
			new Target("1 public write", "evaluation", Pattern.compile("sheet.*|evaluation.*"), 0.5, 50, 0),
			new Target("1 public write", "petitions", Pattern.compile("online"), 0.5, 50, 0),
			new Target("1 public write", "questionnaires", Pattern.compile("answer"), 0.5, 50, 0),
			new Target("2 staff page", "directory", Pattern.compile("list|list-deep|search|filter"), 0.5, 100, 0),
			new Target("2 staff page", "suggestions", Pattern.compile("list"), 0.5, 100, 0),
			new Target("2 staff page", "liaison", Pattern.compile("duty-record|opinion-list"), 0.5, 100, 0),
			new Target("3 dashboard", "liaison", Pattern.compile("dashboard.*"), 0, 200, 0),
			new Target("3 dashboard", "inspections", Pattern.compile("dashboard.*"), 0, 200, 0),
			new Target("4 similar", "suggestions", Pattern.compile("similar"), 0, 0, 20),
			new Target("search box", "suggestions", Pattern.compile("search-all"), 0.5, 50, 0),
			new Target("search box", "search", Pattern.compile("search-all"), 0.5, 50, 0));

	private Summary() {
	}

	record Row(String benchmark, String scenario, int threads, double httpPerSecond, double rawPerSecond, double httpP50,
			double httpP99, double rawP99, long errors) {
	}

	record Run(String name, String status, int seconds, String folder) {
	}

	public static void run(Options o) throws IOException {
		Path results = o.path("results", "bench/results");
		List<Run> runs = new ArrayList<>();
		for (String line : Files.readAllLines(o.path("runs", "runs.txt"))) {
			String[] p = line.split(":", 4);
			if (p.length == 4) {
				runs.add(new Run(p[0], p[1], Integer.parseInt(p[2]), p[3]));
			}
		}
		List<Row> rows = new ArrayList<>();
		List<String[]> figures = new ArrayList<>();
		for (Run run : runs) {
			if (run.folder().isBlank() || !"ok".equals(run.status())) {
				continue;
			}
			Path folder = results.resolve(run.folder());
			Path csv = folder.resolve("results.csv");
			if (Files.exists(csv)) {
				rows.addAll(rows(run.name(), Files.readAllLines(csv, StandardCharsets.UTF_8)));
			}
			Path fig = folder.resolve("figures.csv");
			if (Files.exists(fig)) {
				List<String> lines = Files.readAllLines(fig, StandardCharsets.UTF_8);
				for (String l : lines.subList(Math.min(1, lines.size()), lines.size())) {
					String[] f = l.split(",", 4);
					if (f.length == 4) {
						figures.add(new String[] { run.name(), f[0], f[1], f[2], f[3] });
					}
				}
			}
		}
		String table = markdown(rows, figures, runs);
		StringBuilder md = new StringBuilder();
		md.append("## ").append(o.string("title", "bench/run all")).append(" — ")
			.append(o.string("seconds", "?")).append(" s\n\n");
		Path machine = o.path("machine", "");
		if (!machine.toString().isEmpty() && Files.exists(machine)) {
			md.append(Files.readString(machine, StandardCharsets.UTF_8)).append('\n');
		}
		md.append(table);
		Path out = o.path("out", ".");
		Files.writeString(out.resolve("summary.md"), md.toString(), StandardCharsets.UTF_8);
		System.out.print(md);
	}

	static List<Row> rows(String benchmark, List<String> csv) {
		// scenario,mode,threads,requests,errors,seconds,per_second,p50_ms,p90_ms,p99_ms,max_ms,mean_ms
		Map<String, String[][]> pairs = new LinkedHashMap<>();
		for (String line : csv.subList(Math.min(1, csv.size()), csv.size())) {
			String[] f = line.split(",");
			if (f.length < 12 || f[0].equals("warm-up")) {
				continue;
			}
			String[][] pair = pairs.computeIfAbsent(f[0] + "|" + f[2], k -> new String[2][]);
			if ("http".equals(f[1])) {
				pair[0] = f;
			}
			else if ("raw".equals(f[1])) {
				pair[1] = f;
			}
		}
		List<Row> rows = new ArrayList<>();
		for (String[][] pair : pairs.values()) {
			String[] h = pair[0];
			String[] r = pair[1];
			if (h == null) {
				continue;
			}
			rows.add(new Row(benchmark, h[0], Integer.parseInt(h[2]), d(h[6]), r == null ? Double.NaN : d(r[6]), d(h[7]),
					d(h[9]), r == null ? Double.NaN : d(r[9]), Long.parseLong(h[4]) + (r == null ? 0 : Long.parseLong(r[4]))));
		}
		return rows;
	}

	static String markdown(List<Row> rows, List<String[]> figures, List<Run> runs) {
		StringBuilder b = new StringBuilder();
		b.append("| target | benchmark | scenario | threads | HTTP req/s | raw req/s | HTTP/raw | HTTP p50 ms | HTTP p99 ms "
				+ "| raw p99 ms | errors | met |\n");
		b.append("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
		List<Row> ordered = new ArrayList<>();
		for (Target t : TARGETS) {
			rows.stream().filter(r -> t.covers(r.benchmark(), r.scenario()) && !ordered.contains(r)).forEach(ordered::add);
		}
		rows.stream().filter(r -> !ordered.contains(r)).forEach(ordered::add);
		for (Row r : ordered) {
			Target t = TARGETS.stream().filter(x -> x.covers(r.benchmark(), r.scenario())).findFirst().orElse(null);
			double ratio = r.httpPerSecond() / r.rawPerSecond();
			b.append(String.format(Locale.ROOT, "| %s | %s | %s | %d | %.1f | %s | %s | %.1f | %.1f | %s | %d | %s |%n",
					t == null ? "—" : t.label() + goal(t), r.benchmark(), r.scenario(), r.threads(), r.httpPerSecond(),
					Double.isNaN(r.rawPerSecond()) ? "—" : String.format(Locale.ROOT, "%.1f", r.rawPerSecond()),
					Double.isNaN(ratio) ? "—" : String.format(Locale.ROOT, "%.2f", ratio), r.httpP50(), r.httpP99(),
					Double.isNaN(r.rawP99()) ? "—" : String.format(Locale.ROOT, "%.1f", r.rawP99()), r.errors(),
					t == null ? "" : met(t, r, ratio)));
		}
		if (!figures.isEmpty()) {
			b.append("\n| benchmark | figure | value | unit | target |\n|---|---|---:|---|---|\n");
			for (String[] f : figures) {
				b.append("| ").append(String.join(" | ", f)).append(" |\n");
			}
		}
		b.append("\n| benchmark | run | seconds | folder |\n|---|---|---:|---|\n");
		for (Run run : runs) {
			b.append(String.format(Locale.ROOT, "| %s | %s | %d | %s |%n", run.name(), run.status(), run.seconds(),
					run.folder()));
		}
		return b.toString();
	}

	private static String goal(Target t) {
		List<String> parts = new ArrayList<>();
		if (t.minRatio() > 0) {
			parts.add("≥ " + t.minRatio());
		}
		if (t.maxP99() > 0) {
			parts.add("p99 < " + (int) t.maxP99());
		}
		if (t.maxP50() > 0) {
			parts.add("p50 < " + (int) t.maxP50());
		}
		return " (" + String.join(", ", parts) + ")";
	}

	static String met(Target t, Row r, double ratio) {
		List<String> missed = new ArrayList<>();
		if (t.minRatio() > 0 && !(ratio >= t.minRatio())) {
			missed.add("ratio");
		}
		if (t.maxP99() > 0 && !(r.httpP99() < t.maxP99())) {
			missed.add("p99");
		}
		if (t.maxP50() > 0 && !(r.httpP50() < t.maxP50())) {
			missed.add("p50");
		}
		if (r.errors() > 0) {
			missed.add("errors");
		}
		return missed.isEmpty() ? "yes" : "no: " + String.join(", ", missed);
	}

	private static double d(String s) {
		return Double.parseDouble(s);
	}
}
