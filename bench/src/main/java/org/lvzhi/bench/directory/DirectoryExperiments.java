package org.lvzhi.bench.directory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Function;

import org.lvzhi.bench.LoadRunner;
import org.lvzhi.bench.LoadRunner.Result;
import org.lvzhi.bench.LoadRunner.Worker;
import org.lvzhi.bench.directory.DirectorySql.Query;

/**
 * Index variants the app does not have, tried on the benchmark's own database only: the raw SQL
 * of the deep list and of the name search, measured before and after adding an index, at 4
 * threads. The indexes are dropped again at the end. Nothing here changes the app.
 */
final class DirectoryExperiments {

	@FunctionalInterface
	interface Connector {

		Connection connect() throws SQLException;
	}

	private static final int THREADS = 4;

	private final Connector db;
	private final LocalDate today;
	private final DirectoryData data;
	private final Function<SplittableRandom, Query> deep;
	private final Function<SplittableRandom, Query> search;
	private final Duration warmup;
	private final Duration measure;
	private final long seed;

	DirectoryExperiments(Connector db, LocalDate today, DirectoryData data, Function<SplittableRandom, Query> deep,
			Function<SplittableRandom, Query> search, Duration warmup, Duration measure, long seed) {
		this.db = db;
		this.today = today;
		this.data = data;
		this.deep = deep;
		this.search = search;
		this.warmup = warmup;
		this.measure = measure;
		this.seed = seed;
	}

	String run() throws Exception {
		StringBuilder md = new StringBuilder();
		md.append("| experiment | req/s before | req/s after | p50 before | p50 after | p99 before | p99 after |\n");
		md.append("|---|---:|---:|---:|---:|---:|---:|\n");
		StringBuilder plans = new StringBuilder();

		// The (name, id) index this section once tried is now the app's own (directory migration 302).
		explain(plans, "deep page on the app's (name, id) index", new Query(null, null, null, 4000));

		Result searchBefore = measure("search", search);
		ddl("CREATE EXTENSION IF NOT EXISTS pg_trgm");
		ddl("CREATE INDEX bench_person_name_trgm_idx ON directory_person USING gin (name gin_trgm_ops)");
		Result searchAfter = measure("search", search);
		row(md, "search (2 chars), GIN pg_trgm on name", searchBefore, searchAfter);
		String two = Names.fragment(data.personNames[12345 % data.personNames.length], new SplittableRandom(1));
		String three = data.personNames[12345 % data.personNames.length].length() >= 3 ? data.personNames[12345 % data.personNames.length] : data.personNames[12346 % data.personNames.length];
		explain(plans, "2-character search with the trigram index", new Query(two, null, null, 1));
		explain(plans, "3-character search with the trigram index", new Query(three, null, null, 1));
		ddl("DROP INDEX bench_person_name_trgm_idx");
		return md.append("\n```\n").append(plans.toString().strip()).append("\n```\n").toString();
	}

	private Result measure(String name, Function<SplittableRandom, Query> next) throws Exception {
		Result r = LoadRunner.run(name, "raw", THREADS, warmup, measure, seed, t -> {
			Connection c = db.connect();
			c.setAutoCommit(false);
			c.setReadOnly(true);
			return new Worker() {
				@Override
				public void call(SplittableRandom random) throws Exception {
					DirectorySql.find(c, next.apply(random), today);
				}

				@Override
				public void close() throws SQLException {
					c.close();
				}
			};
		});
		DirectoryBench.log("experiment %-10s %8.1f req/s  p50 %7.2f ms  p99 %7.2f ms", name, r.perSecond(), r.p50(),
				r.p99());
		return r;
	}

	private void ddl(String sql) throws SQLException {
		try (Connection c = db.connect(); Statement s = c.createStatement()) {
			s.execute(sql);
			s.execute("ANALYZE directory_person");
		}
		DirectoryBench.log("experiment: %s", sql);
	}

	private void explain(StringBuilder b, String title, Query q) throws SQLException {
		try (Connection c = db.connect(); Statement s = c.createStatement()) {
			for (String sql : DirectorySql.explainable(q, today)) {
				b.append("-- ").append(title).append('\n').append(sql).append('\n');
				DirectoryBench.explainInto(s, sql, b);
			}
		}
	}

	private static void row(StringBuilder md, String what, Result before, Result after) {
		md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.2f | %.2f | %.2f | %.2f |%n", what, before.perSecond(),
				after.perSecond(), before.p50(), after.p50(), before.p99(), after.p99()));
	}
}
