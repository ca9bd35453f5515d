package org.lvzhi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lvzhi.reporting.Figures;
import org.lvzhi.search.Search;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The documented backup and restore (bin/backup, bin/restore): the test database, holding the demo
 * world, dumped and restored into an empty database, holds the same rows in every table, and an
 * installation started on the restored database, with empty search indexes, reports the same
 * annual figures. PostgreSQL only: the scripts are PostgreSQL's pg_dump and pg_restore.
 */
@IntegrationTest
class BackupRestoreTests {

	@Autowired
	Figures figures;

	@Autowired
	Search search;

	@Value("${spring.datasource.url}")
	String url;

	@Value("${spring.datasource.username}")
	String user;

	@Value("${spring.datasource.password:}")
	String password;

	@TempDir
	Path temp;

	@Test
	void aBackupRestoredIntoAnEmptyDatabaseHoldsTheSameRowsAndFigures() throws Exception {
		assumeTrue("postgres".equals(System.getProperty("lvzhi.test.db")), "backup and restore are PostgreSQL's");
		String source = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
		String restoredName = source.substring(source.lastIndexOf('/') + 1) + "_restored";
		String restored = source.substring(0, source.lastIndexOf('/') + 1) + restoredName;

		Map<String, Long> rowsBefore = rowCounts(source);
		Map<String, Long> figuresBefore = figures.values(2023);
		assertThat(rowsBefore).containsKey("public.suggestions_suggestion");
		assertThat(figuresBefore.values().stream().mapToLong(Long::longValue).sum()).isPositive();

		execute(source, "DROP DATABASE IF EXISTS " + restoredName + " WITH (FORCE)");
		execute(source, "CREATE DATABASE " + restoredName);
		ConfigurableApplicationContext second = null;
		try {
			Path dump = temp.resolve("lvzhi.dump");
			Path index = Files.createDirectories(temp.resolve("index").resolve("suggestion"));
			Files.writeString(index.resolve("stale"), "an index of the installation before the restore");

			Run backup = run(source, temp, "bin/backup", dump.toString());
			assertThat(backup.exit()).as(backup.output()).isZero();
			assertThat(backup.output()).contains("备份完成");
			assertThat(dump).isNotEmptyFile();

			Run restore = run(restored, temp, "bin/restore", dump.toString());
			assertThat(restore.exit()).as(restore.output()).isZero();
			assertThat(restore.output()).contains("恢复完成", "搜索索引已清空");
			assertThat(temp.resolve("index")).isEmptyDirectory();
			assertThat(rowCounts(restored)).isEqualTo(rowsBefore);

			Run again = run(restored, temp, "bin/restore", dump.toString());
			assertThat(again.exit()).isEqualTo(1);
			assertThat(again.output()).contains("已有", "请恢复到空数据库");
			assertThat(rowCounts(restored)).isEqualTo(rowsBefore);

			second = new SpringApplicationBuilder(LvzhiApplication.class).profiles("test")
				.run("--spring.datasource.url=" + restored, "--spring.datasource.username=" + user,
						"--spring.datasource.password=" + password, "--lvzhi.demo.enabled=false", "--server.port=0",
						"--lvzhi.search.directory=" + temp.resolve("index"), "--spring.flyway.clean-disabled=true");
			assertThat(second.getBean(Figures.class).values(2023)).isEqualTo(figuresBefore);
			// The emptied indexes are rebuilt from the restored rows in the background.
			Search rebuilt = second.getBean(Search.class);
			for (String type : List.of("suggestion", "opinion", "law", "sitting", "person")) {
				long expected = search.count(type);
				assertThat(expected).as(type).isPositive();
				long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
				while (rebuilt.count(type) != expected && System.nanoTime() < until) {
					Thread.sleep(250);
				}
				assertThat(rebuilt.count(type)).as(type + " documents after the rebuild").isEqualTo(expected);
			}
		}
		finally {
			if (second != null) {
				second.close();
			}
			execute(source, "DROP DATABASE IF EXISTS " + restoredName + " WITH (FORCE)");
		}
	}

	@Test
	void theEmbeddedDatabaseIsNotDumpedButExplained() throws Exception {
		Run backup = run("jdbc:h2:file:./data/lvzhi", temp, "bin/backup", temp.resolve("x.dump").toString());
		assertThat(backup.exit()).isEqualTo(2);
		assertThat(backup.output()).contains("复制 data 文件夹");
		assertThat(temp.resolve("x.dump")).doesNotExist();
	}

	private record Run(int exit, String output) {
	}

	private Run run(String databaseUrl, Path dir, String... command) throws IOException, InterruptedException {
		List<String> line = new ArrayList<>(List.of(command));
		line.set(0, Path.of(command[0]).toAbsolutePath().toString());
		ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
		builder.environment().put("LVZHI_DB_URL", databaseUrl);
		builder.environment().put("LVZHI_DB_USER", user);
		builder.environment().put("LVZHI_DB_PASSWORD", password == null ? "" : password);
		builder.environment().put("LVZHI_SEARCH_DIRECTORY", dir.resolve("index").toString());
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("finished in time").isTrue();
		return new Run(process.exitValue(), output);
	}

	private Connection connect(String jdbcUrl) throws SQLException {
		return DriverManager.getConnection(jdbcUrl, user, password);
	}

	private void execute(String jdbcUrl, String sql) throws SQLException {
		try (Connection c = connect(jdbcUrl); Statement s = c.createStatement()) {
			s.execute(sql);
		}
	}

	/** Rows of every table in every schema of the database, by schema-qualified name. */
	private Map<String, Long> rowCounts(String jdbcUrl) throws SQLException {
		Map<String, Long> counts = new TreeMap<>();
		try (Connection c = connect(jdbcUrl); Statement s = c.createStatement()) {
			List<String> tables = new ArrayList<>();
			try (ResultSet r = s.executeQuery("""
					SELECT table_schema || '.' || table_name FROM information_schema.tables
					WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')""")) {
				while (r.next()) {
					tables.add(r.getString(1));
				}
			}
			for (String table : tables) {
				try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
					r.next();
					counts.put(table, r.getLong(1));
				}
			}
		}
		return counts;
	}
}
