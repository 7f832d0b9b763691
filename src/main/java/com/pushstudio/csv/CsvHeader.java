package com.pushstudio.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;

/**
 * The column names of a file, for the mapping page.
 *
 * @param names header names, or Column1… when the file has no header row
 * @param problems what stops the file from being mapped (empty, binary, duplicate names)
 */
public record CsvHeader(List<String> names, List<CellError> problems) {

	public CsvHeader {
		names = List.copyOf(names);
		problems = List.copyOf(problems);
	}

	/** Reads the first record or two of the stream, which the caller closes. */
	public static CsvHeader read(InputStream in, CsvOptions options, CsvLimits limits) throws IOException {
		CsvRowHandler handler = new CsvRowHandler(limits);
		try (Reader text = CsvInput.open(in, options);
				CsvReader<CsvRow> csv = RowScanner.reader(text, options, handler, limits)) {
			Iterator<CsvRow> records = csv.iterator();
			if (!records.hasNext()) {
				return new CsvHeader(List.of(), List.of(CellError.ofFile("is empty")));
			}
			CsvRow first = records.next();
			if (!options.hasHeader()) {
				return new CsvHeader(ColumnMapper.byPosition(first.fieldCount, List.of()).headers(), List.of());
			}
			List<String> names = HeaderCheck.names(first);
			List<CellError> problems = new ArrayList<>(HeaderCheck.problems(names, first.line));
			if (!records.hasNext()) {
				problems.add(CellError.ofFile("has a header row but no data rows"));
			}
			return new CsvHeader(names, problems);
		}
		catch (CsvFileException ex) {
			return new CsvHeader(List.of(), List.of(ex.error()));
		}
		catch (CsvParseException ex) {
			return new CsvHeader(List.of(), List.of(RowScanner.beyondLimits(ex)
				.orElseGet(() -> CellError.ofRow(handler.currentLine(), "cannot be read as CSV: " + ex.getMessage()))));
		}
	}

}
