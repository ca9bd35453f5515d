package org.lvzhi.suggestions.io;

import java.util.List;

/**
 * How an import of session suggestions ended: either every row was entered, or none was and the
 * problems say why, row by row.
 *
 * @param numbers the numbers given to the entered suggestions, in file order
 */
record SuggestionImportResult(int rows, List<String> numbers, List<ImportProblem> problems) {

	public boolean accepted() {
		return problems.isEmpty();
	}

	public int entered() {
		return numbers.size();
	}
}
