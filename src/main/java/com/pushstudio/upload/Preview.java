package com.pushstudio.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.pushstudio.csv.ColumnMapping;
import com.pushstudio.csv.ColumnMapping.MappedColumn;
import com.pushstudio.csv.CsvOptions;
import com.pushstudio.csv.FirstRecords;
import com.pushstudio.csv.TableColumn;
import com.pushstudio.powerbi.DataType;

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
		List<FirstRecords.Record> records;
		try (InputStream in = CountingSource.of(file).getInputStream()) {
			records = FirstRecords.read(in, options, mapping, pipeline.limits(), ROWS);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<Row> rows = new ArrayList<>(records.size());
		for (FirstRecords.Record record : records) {
			List<Cell> row = new ArrayList<>(record.cells().size());
			for (int i = 0; i < record.cells().size(); i++) {
				FirstRecords.Cell cell = record.cells().get(i);
				DataType type = columns.get(i).type();
				row.add((cell.problem() != null) ? new Cell(PreviewCells.shorten(cell.text()), cell.problem())
						: new Cell(cells.text(type, cell.value()), null));
			}
			rows.add(new Row(record.line(), row, record.problem()));
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
