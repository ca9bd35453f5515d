package org.lvzhi.suggestions.io;

import java.util.List;

/**
 * What is wrong with one cell of an imported workbook.
 *
 * @param row the row number as the spreadsheet shows it (the header is row 1)
 * @param column the column header, or empty for the whole row or file
 */
record ImportProblem(int row, String column, String messageKey, List<Object> args) {

	static ImportProblem of(int row, String column, String messageKey, Object... args) {
		return new ImportProblem(row, column, messageKey, List.of(args));
	}

	/** The arguments as the message source takes them. */
	public Object[] argArray() {
		return args.toArray();
	}
}
