package com.pushstudio.csv;

import java.util.List;

/**
 * Which CSV column feeds which table column, and what is left over on either side.
 *
 * @param headers the CSV column names in file order (generated as Column1… without a
 * header row)
 * @param columns the mapped pairs in table order
 * @param unmatchedCsvColumns CSV columns that are not sent
 * @param unmatchedTableColumns table columns that receive no value (omitted from rows)
 */
public record ColumnMapping(List<String> headers, List<MappedColumn> columns, List<String> unmatchedCsvColumns,
		List<TableColumn> unmatchedTableColumns) {

	public ColumnMapping {
		headers = List.copyOf(headers);
		columns = List.copyOf(columns);
		unmatchedCsvColumns = List.copyOf(unmatchedCsvColumns);
		unmatchedTableColumns = List.copyOf(unmatchedTableColumns);
	}

	/**
	 * One CSV column sent to one table column.
	 *
	 * @param csvIndex zero-based position in the CSV record
	 * @param csvName the CSV header, used in error messages
	 * @param target the table column, whose name becomes the JSON property
	 */
	public record MappedColumn(int csvIndex, String csvName, TableColumn target) {
	}

}
