package com.pushstudio.csv;

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
 * The first records of a file, each mapped cell converted by the same rules as the push,
 * for a preview: a cell's value, or its text and why it will not convert; a record that
 * cannot be sent at all says why. A byte the encoding cannot read stops the reading with
 * the line it is on, as the check would.
 */
public final class FirstRecords {

	/**
	 * @param line the record's first line in the file
	 * @param cells its mapped cells, in mapping order; empty when {@code problem} is set
	 * @param problem why the whole record cannot be sent, or {@code null}
	 */
	public record Record(long line, List<Cell> cells, String problem) {
	}

	/**
	 * @param value the converted value ({@code null} for an empty cell), when it converts
	 * @param text the file's text, when it does not
	 * @param problem why it does not convert, or {@code null}
	 */
	public record Cell(Object value, String text, String problem) {
	}

	private FirstRecords() {
	}

	/**
	 * Reads up to {@code max} records after the header (if any).
	 * @throws CsvFileException when the file is not text of the chosen encoding
	 */
	public static List<Record> read(InputStream in, CsvOptions options, ColumnMapping mapping, CsvLimits limits,
			int max) throws IOException {
		// The plain converters: the fast ones give the same values and hand every reason
		// to these anyway, and a preview's few rows cost nothing.
		CellConverter[] converters = mapping.columns()
			.stream()
			.map((column) -> CellConverter.of(column.target().type(), options, false))
			.toArray(CellConverter[]::new);
		List<Record> records = new ArrayList<>();
		CsvRowHandler handler = new CsvRowHandler(limits);
		try (Reader text = CsvInput.open(in, options);
				CsvReader<CsvRow> csv = RowScanner.reader(text, options, handler, limits)) {
			Iterator<CsvRow> rows = csv.iterator();
			int width = -1;
			if (options.hasHeader() && rows.hasNext()) {
				width = rows.next().fieldCount;
			}
			ConvertedRow converted = new ConvertedRow(1);
			while (records.size() < max && rows.hasNext()) {
				CsvRow row = rows.next();
				if (width < 0) {
					width = row.fieldCount;
				}
				if (row.fieldCount != width) {
					records
						.add(new Record(row.line, List.of(), RowScanner.widthProblem(options, row.fieldCount, width)));
					continue;
				}
				List<Cell> cells = new ArrayList<>(converters.length);
				for (int i = 0; i < converters.length; i++) {
					int field = mapping.columns().get(i).csvIndex();
					int start = row.starts[field];
					int length = row.lengths[field];
					String reason = converters[i].convert(row.chars, start, length, converted, 0);
					cells.add((reason != null) ? new Cell(null, new String(row.chars, start, length), reason)
							: new Cell(converted.value(0), null, null));
				}
				records.add(new Record(row.line, cells, null));
			}
		}
		catch (CsvParseException ex) {
			// What the check will report at this line; the records before it still count.
			records.add(new Record(handler.currentLine(), List.of(),
					RowScanner.beyondLimits(ex).map(CellError::reason).orElseGet(() -> RowScanner.parseProblem(ex))));
		}
		catch (UncheckedIOException ex) {
			if (!(ex.getCause() instanceof CharacterCodingException)) {
				throw ex;
			}
			// The line the check would name, so the person knows where to look.
			throw new CsvFileException(CellError.ofRow(handler.currentLine(),
					"is not valid " + options.charset().name() + " text; choose the encoding the file was saved in "
							+ "(Windows-1252 for most older Excel exports)"));
		}
		return records;
	}

}
