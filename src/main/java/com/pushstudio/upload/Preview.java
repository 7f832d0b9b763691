package com.pushstudio.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.pushstudio.csv.ColumnMapping;
import com.pushstudio.csv.ColumnMapping.MappedColumn;
import com.pushstudio.csv.CsvOptions;
import com.pushstudio.powerbi.DataType;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;

/**
 * The first rows of the file as a person will read them in Power BI: each mapped cell
 * converted by the same rules as the push, then written for a person
 * ({@link PreviewCells}); a cell that will not convert keeps its text and says why. A
 * byte the encoding cannot read stops the preview with the line it is on.
 *
 * @param columns the table columns that get values, with their types
 * @param rows the first records of the file, valid or not
 * @param zone the zone date-times are shown in, the one the file is read in
 */
record Preview(List<TableColumn> columns, List<Row> rows, String zone) {

	static final int ROWS = 20;

	/**
	 * One record: its cells in table column order, or the reason the whole record cannot
	 * be sent.
	 */
	record Row(long line, List<Cell> cells, String problem) {
	}

	/**
	 * @param text what the person reads: the value as Power BI shows it, or the file's
	 * text when it will not convert
	 * @param problem why it will not convert, or {@code null}
	 */
	record Cell(String text, String problem) {
	}

	static Preview of(CsvPipeline pipeline, Path file, CsvOptions options, ColumnMapping mapping) {
		List<TableColumn> columns = mapping.columns().stream().map(MappedColumn::target).toList();
		PreviewCells cells = new PreviewCells(options.zone());
		// The plain converters: the fast ones give the same values and hand every reason
		// to these anyway, and twenty rows cost nothing.
		CellConverter[] converters = columns.stream()
			.map((column) -> CellConverter.of(column.type(), options, false))
			.toArray(CellConverter[]::new);
		List<Row> rows = new ArrayList<>();
		CsvRowHandler handler = new CsvRowHandler(pipeline.limits());
		try (InputStream in = CountingSource.of(file).getInputStream();
				Reader text = CsvInput.open(in, options);
				CsvReader<CsvRow> csv = RowScanner.reader(text, options, handler, pipeline.limits())) {
			Iterator<CsvRow> records = csv.iterator();
			int width = -1;
			if (options.hasHeader() && records.hasNext()) {
				width = records.next().fieldCount;
			}
			ConvertedRow converted = new ConvertedRow(1);
			while (rows.size() < ROWS && records.hasNext()) {
				CsvRow record = records.next();
				if (width < 0) {
					width = record.fieldCount;
				}
				if (record.fieldCount != width) {
					rows.add(new Row(record.line, List.of(), "has " + record.fieldCount + " fields but "
							+ (options.hasHeader() ? "the header has " : "the first row has ") + width));
					continue;
				}
				List<Cell> row = new ArrayList<>(columns.size());
				for (int i = 0; i < columns.size(); i++) {
					int field = mapping.columns().get(i).csvIndex();
					int start = record.starts[field];
					int length = record.lengths[field];
					String reason = converters[i].convert(record.chars, start, length, converted, 0);
					DataType type = columns.get(i).type();
					row.add((reason != null)
							? new Cell(PreviewCells.shorten(new String(record.chars, start, length)), reason)
							: new Cell(cells.text(type, converted.value(0)), null));
				}
				rows.add(new Row(record.line, row, null));
			}
		}
		catch (CsvParseException ex) {
			// What the check will report at this line; the rows before it still show.
			rows.add(new Row(handler.currentLine(), List.of(),
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
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Preview(columns, rows, options.zone().getId());
	}

	/** How many records the preview reads at most. */
	public int limit() {
		return ROWS;
	}

	/** Whether any shown cell or row will not be sent as it is. */
	public boolean hasProblems() {
		return this.rows.stream()
			.anyMatch(
					(row) -> row.problem() != null || row.cells().stream().anyMatch((cell) -> cell.problem() != null));
	}

}
