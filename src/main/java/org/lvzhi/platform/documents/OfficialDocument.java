package org.lvzhi.platform.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What an official document says, independent of the file it is written to: the title, an optional
 * number (发文字号) under it, the blocks of the body, and the issuing body with the date at the foot.
 *
 * @param title the title, centred at the top (may contain a line break as {@code \n})
 * @param number the document number shown under the title, or {@code null}
 * @param blocks the body, in order
 * @param issuer the issuing body (发文机关署名), or {@code null} for none
 * @param date the date written in Chinese numerals under the issuer (成文日期), or {@code null}
 */
public record OfficialDocument(String title, String number, List<Block> blocks, String issuer, LocalDate date) {

	public OfficialDocument {
		Objects.requireNonNull(title, "title");
		blocks = List.copyOf(blocks);
	}

	/** One block of the body. */
	public sealed interface Block permits Heading, Paragraph, Line {
	}

	/**
	 * A heading: level 1 in 黑体 (一、), level 2 in 楷体 (（一）), level 3 in the body font, bold.
	 * The text carries its own numbering.
	 */
	public record Heading(int level, String text) implements Block {

		public Heading {
			if (level < 1 || level > 3) {
				throw new IllegalArgumentException("heading level " + level);
			}
		}
	}

	/** Body text in the body font, the first line indented by two characters. */
	public record Paragraph(String text) implements Block {
	}

	/**
	 * A line set apart from the body text: the addressee (主送机关) on the left without indent, or a
	 * line on the right, or centred.
	 */
	public record Line(String text, Align align) implements Block {
	}

	public enum Align {
		LEFT, CENTER, RIGHT
	}
}
