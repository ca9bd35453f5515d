package org.lvzhi.directory;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.lvzhi.directory.roster.RosterChecks;
import org.lvzhi.directory.roster.RosterParser;
import org.lvzhi.directory.roster.RosterReader;
import org.lvzhi.directory.roster.RosterResolver;
import org.lvzhi.directory.roster.RosterWriter;
import org.springframework.stereotype.Service;

/**
 * Imports a roster of deputies: all rows or none. Every row is checked first (required cells,
 * GB 11643 ID numbers, real dates, known levels and bodies, no ID number twice); a single problem
 * rejects the whole roster with a row-by-row report. A clean roster is written in one transaction,
 * matching persons on their ID number, and audited as one entry with the counts plus one per person.
 */
@Service
public class ImportRoster {

	private final RosterResolver resolver;
	private final RosterWriter writer;

	ImportRoster(RosterResolver resolver, RosterWriter writer) {
		this.resolver = resolver;
		this.writer = writer;
	}

	/** Imports the first sheet of an .xlsx roster laid out as the template. */
	public ImportResult importWorkbook(InputStream xlsx) {
		RosterReader.Sheetful sheet = RosterReader.read(xlsx);
		if (!sheet.errors().isEmpty()) {
			return ImportResult.rejected(sheet.errors());
		}
		List<RosterError> errors = new ArrayList<>();
		List<RosterParser.Numbered> parsed = RosterParser.parse(sheet.rows(), errors);
		return resolveAndWrite(parsed, errors);
	}

	/**
	 * Imports rows built by a program, under the same rules as a file; row numbers in errors count
	 * as if the rows followed a header row.
	 */
	public ImportResult importRows(List<RosterRow> rows) {
		List<RosterError> errors = new ArrayList<>();
		List<RosterParser.Numbered> numbered = IntStream.range(0, rows.size())
			.mapToObj(i -> new RosterParser.Numbered(i + 2, rows.get(i)))
			.toList();
		RosterChecks.check(numbered, errors);
		if (!errors.isEmpty()) {
			return ImportResult.rejected(errors);
		}
		return resolveAndWrite(numbered, errors);
	}

	private ImportResult resolveAndWrite(List<RosterParser.Numbered> parsed, List<RosterError> errors) {
		List<RosterResolver.Resolved> resolved = resolver.resolve(parsed, errors);
		if (!errors.isEmpty()) {
			errors.sort(java.util.Comparator.comparingInt(RosterError::row));
			return ImportResult.rejected(errors);
		}
		return writer.write(resolved);
	}
}
