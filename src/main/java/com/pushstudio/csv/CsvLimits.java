package com.pushstudio.csv;

/**
 * How much one file may make the reader hold and write at most: a hostile file is refused
 * at the record that goes beyond, instead of growing the heap, a page or the disk without
 * end.
 *
 * @param maxColumns fields per record
 * @param maxFieldLength characters per field
 * @param maxRecordLength characters per record, its fields together
 * @param errorsKept errors written to the errors file; the ones beyond are only counted
 */
public record CsvLimits(int maxColumns, int maxFieldLength, int maxRecordLength, int errorsKept) {

	/** The settings' defaults, for tests and benchmarks that build a pipeline by hand. */
	public static final CsvLimits DEFAULT = new CsvLimits(1000, 1 << 20, 4 << 20, 10_000);

}
