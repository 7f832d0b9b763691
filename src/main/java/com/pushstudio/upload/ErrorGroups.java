package com.pushstudio.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.pushstudio.csv.CellError;
import com.pushstudio.csv.ErrorLog;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * An upload's errors by column, the column with most first: a wrong option shows as one
 * column with thousands of errors, a few typos as a few scattered lines. Built from the
 * errors file, which holds only the first {@code push-studio.upload.errors-kept}; beyond
 * those the errors are only counted, and {@link #partial()} says so.
 *
 * @param groups per column (or per whole row, column {@code null}), most errors first
 * @param grouped the errors the groups count
 * @param total every error the check found
 * @param first the file's first {@value ErrorLog#SHOWN} lines in file order, its closing
 * note of the errors only counted among them, for the list by line
 */
record ErrorGroups(List<Group> groups, long grouped, long total, List<CellError> first) {

	static final int EXAMPLES = 3;

	/**
	 * @param column the CSV column, or {@code null} for problems of a whole row
	 * @param examples the first {@value #EXAMPLES}, in file order
	 */
	record Group(String column, long count, List<CellError> examples) {
	}

	static final ErrorGroups NONE = new ErrorGroups(List.of(), 0, 0, List.of());

	/** Whether some errors were only counted, not kept, so not grouped. */
	public boolean partial() {
		return this.grouped < this.total;
	}

	/**
	 * Reads the errors file once, both for the groups (the first {@code kept} errors; at
	 * most one group per CSV column, so bounded by the columns a file may have) and for
	 * the first lines shown by line.
	 */
	static ErrorGroups read(Path errorsCsv, int kept, long total) {
		if (!Files.exists(errorsCsv)) {
			return NONE;
		}
		Map<String, Long> counts = new LinkedHashMap<>();
		Map<String, List<CellError>> examples = new LinkedHashMap<>();
		List<CellError> first = new ArrayList<>();
		long grouped = 0;
		try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(errorsCsv, StandardCharsets.UTF_8)) {
			for (CsvRecord record : csv) {
				if (record.getStartingLineNumber() == 1) {
					continue;
				}
				if (first.size() == ErrorLog.SHOWN && grouped == kept) {
					break;
				}
				CellError error = error(record);
				if (first.size() < ErrorLog.SHOWN) {
					first.add(error);
				}
				// After the kept errors comes only the file's note of the errors only
				// counted.
				if (grouped < kept && record.getFieldCount() >= 4) {
					grouped++;
					String column = record.getField(1);
					counts.merge(column, 1L, Long::sum);
					List<CellError> examplesOf = examples.computeIfAbsent(column, (key) -> new ArrayList<>());
					if (examplesOf.size() < EXAMPLES) {
						examplesOf.add(error);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<Group> groups = new ArrayList<>();
		counts.forEach((column, count) -> groups.add(new Group(blankToNull(column), count, examples.get(column))));
		groups.sort(Comparator.comparingLong(Group::count).reversed());
		return new ErrorGroups(groups, grouped, Math.max(total, grouped), first);
	}

	private static CellError error(CsvRecord record) {
		String line = record.getField(0);
		return new CellError(line.isEmpty() ? 0 : Long.parseLong(line), blankToNull(record.getField(1)),
				blankToNull(record.getField(2)), record.getField(3));
	}

	private static String blankToNull(String value) {
		return value.isEmpty() ? null : value;
	}

}
