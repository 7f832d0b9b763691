package com.pushstudio.csv;

import java.util.Arrays;

/**
 * One CSV record as ranges in a private char array, copied out of FastCSV's buffer (which
 * moves under us between fields). Reused record after record, and never grown past the
 * {@link CsvLimits}: a record beyond them stops the file.
 */
final class CsvRow {

	private final CsvLimits limits;

	char[] chars = new char[1024];

	int[] starts = new int[16];

	int[] lengths = new int[16];

	int fieldCount;

	long line;

	private int used;

	CsvRow(CsvLimits limits) {
		this.limits = limits;
	}

	void begin(long line) {
		this.line = line;
		this.fieldCount = 0;
		this.used = 0;
	}

	void add(char[] buf, int off, int len) {
		if (this.fieldCount == this.limits.maxColumns()) {
			throw new CsvFileException(CellError.ofRow(this.line, String
				.format("has more than %,d columns, the most Push Studio reads (a Power BI table takes at most 75): "
						+ "remove the columns you do not push", this.limits.maxColumns())));
		}
		if ((long) this.used + len > this.limits.maxRecordLength()) {
			throw new CsvFileException(CellError.ofRow(this.line,
					String.format("is longer than %,d characters, the most Push Studio reads in one record",
							this.limits.maxRecordLength())));
		}
		if (this.fieldCount == this.starts.length) {
			this.starts = Arrays.copyOf(this.starts, this.fieldCount * 2);
			this.lengths = Arrays.copyOf(this.lengths, this.fieldCount * 2);
		}
		if (this.used + len > this.chars.length) {
			this.chars = Arrays.copyOf(this.chars, Math.max(this.chars.length * 2, this.used + len));
		}
		System.arraycopy(buf, off, this.chars, this.used, len);
		this.starts[this.fieldCount] = this.used;
		this.lengths[this.fieldCount] = len;
		this.fieldCount++;
		this.used += len;
	}

	String field(int index) {
		return new String(this.chars, this.starts[index], this.lengths[index]);
	}

}
