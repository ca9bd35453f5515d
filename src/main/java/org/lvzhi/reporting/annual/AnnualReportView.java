package org.lvzhi.reporting.annual;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A report as readers see it: its blocks with every figure field resolved to a value (live for a
 * draft, stored once frozen), the table of the figures it uses with last year's value and the
 * change, and what the office must look at before freezing.
 *
 * @param unknown figure fields whose key no module registers
 * @param zero figures that are zero for the year, which usually means records are missing
 */
public record AnnualReportView(AnnualReport report, List<Block> blocks, List<FigureValue> figures, List<String> unknown,
		List<String> zero) {

	/** A heading (level 1–3) or a paragraph (level 0). */
	public record Block(int level, List<Segment> segments) {

		public boolean heading() {
			return level > 0;
		}

		/** The block as plain text, each figure written as its value. */
		public String text() {
			return segments.stream().map(Segment::text).collect(Collectors.joining());
		}
	}

	/**
	 * Prose, or a resolved field: {@code figure} is set for a figure field; {@code text} is always
	 * what is printed (the value, or the field as typed when its key is unknown).
	 */
	public record Segment(String text, FigureValue figure) {

		public boolean field() {
			return figure != null;
		}
	}

	/** A figure as the report uses it. */
	public record FigureValue(String key, boolean known, long value, Long previous, boolean share) {

		/** The change against last year, or {@code null} when last year is not known. */
		public Long change() {
			return previous == null ? null : value - previous;
		}
	}

	/** The whole text, one block per line. */
	public String plainText() {
		return blocks.stream().map(Block::text).collect(Collectors.joining("\n"));
	}

	public boolean ready() {
		return unknown.isEmpty();
	}
}
