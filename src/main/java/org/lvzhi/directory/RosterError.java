package org.lvzhi.directory;

import java.util.List;

/**
 * What is wrong with one cell of a roster.
 *
 * @param row the row number as the spreadsheet shows it (the header is row 1)
 * @param column the column header, e.g. 身份证号
 * @param messageKey the message key of the explanation
 * @param args the message's arguments
 */
public record RosterError(int row, String column, String messageKey, List<Object> args) {

	public RosterError(int row, String column, String messageKey, Object... args) {
		this(row, column, messageKey, List.of(args));
	}

	/** The arguments as the message source wants them. */
	public Object[] argArray() {
		return args.toArray();
	}
}
