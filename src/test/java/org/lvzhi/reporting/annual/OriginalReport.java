package org.lvzhi.reporting.annual;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The 46 figures of the original 2023 report, with the phrase each stands in. */
final class OriginalReport {

	/** A figure as the original report states it; {@code atLeast} for "400余条". */
	record Row(String key, long value, String unit, String phrase) {

		boolean atLeast() {
			return unit.startsWith("余");
		}

		/** The phrase as the generated report should carry it, with {@code value} as counted. */
		String phraseWith(long counted) {
			String written = String.valueOf(value) + (atLeast() ? "余" : "");
			int at = phrase.indexOf(written);
			if (at < 0) {
				throw new IllegalStateException("the phrase does not hold its value: " + phrase);
			}
			return phrase.substring(0, at) + counted + phrase.substring(at + written.length());
		}
	}

	private OriginalReport() {
	}

	static List<Row> figures() {
		try (InputStream in = OriginalReport.class.getResourceAsStream("/reporting/report-2023-figures.csv")) {
			List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
			List<Row> rows = new ArrayList<>();
			for (String line : lines) {
				if (line.isBlank()) {
					continue;
				}
				// key,value,unit,seed_phrase,meaning,module: the first four fields hold no comma.
				String[] f = line.split(",", 5);
				rows.add(new Row(f[0], Long.parseLong(f[1]), f[2], f[3]));
			}
			return rows;
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
