package com.pushstudio.csv;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;

/**
 * The first rows of a file, read as an upload reads it: the same detection of encoding,
 * delimiter, decimal separator and date format, the same reader and the same bounds.
 *
 * @param options what the detector found
 * @param header the column names, or Column1… when the file has no header row
 * @param rows the first data rows, each as many fields as the record has
 */
public record CsvSample(CsvOptions options, List<String> header, List<List<String>> rows) {

	public CsvSample {
		header = List.copyOf(header);
		rows = List.copyOf(rows);
	}

	/**
	 * Reads at most {@code maxRows} data rows of the stream, which the caller closes.
	 * @throws CsvFileException with a line-exact reason when those rows cannot be read
	 */
	public static CsvSample read(InputStream raw, int maxRows, CsvLimits limits) throws IOException {
		BufferedInputStream in = new BufferedInputStream(raw, CsvInput.SNIFF_BYTES);
		in.mark(CsvInput.SNIFF_BYTES);
		CsvOptions options = CsvOptionsDetector.detect(CsvInput.readUpTo(in, CsvInput.SNIFF_BYTES));
		in.reset();
		CsvRowHandler handler = new CsvRowHandler(limits);
		try (Reader text = CsvInput.open(in, options);
				CsvReader<CsvRow> csv = RowScanner.reader(text, options, handler, limits)) {
			Iterator<CsvRow> records = csv.iterator();
			List<String> header = null;
			List<List<String>> rows = new ArrayList<>();
			while (rows.size() < maxRows && records.hasNext()) {
				List<String> fields = fields(records.next());
				if (header == null) {
					header = options.hasHeader() ? fields : byPosition(fields.size());
					if (options.hasHeader()) {
						continue;
					}
				}
				rows.add(fields);
			}
			if (header == null) {
				throw new CsvFileException(CellError.ofFile("is empty"));
			}
			return new CsvSample(options, header, rows);
		}
		catch (CsvParseException ex) {
			throw new CsvFileException(RowScanner.beyondLimits(ex)
				.orElseGet(() -> CellError.ofRow(handler.currentLine(), RowScanner.parseProblem(ex))));
		}
		catch (UncheckedIOException ex) {
			if (!(ex.getCause() instanceof CharacterCodingException)) {
				throw ex;
			}
			throw new CsvFileException(
					CellError.ofRow(handler.currentLine(), "is not valid " + options.charset().name() + " text"));
		}
	}

	private static List<String> fields(CsvRow row) {
		List<String> fields = new ArrayList<>(row.fieldCount);
		for (int i = 0; i < row.fieldCount; i++) {
			fields.add(row.field(i));
		}
		return fields;
	}

	private static List<String> byPosition(int count) {
		List<String> names = new ArrayList<>(count);
		for (int i = 1; i <= count; i++) {
			names.add("Column" + i);
		}
		return names;
	}

}
