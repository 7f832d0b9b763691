package com.pushstudio.csv;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;

/** Feeds FastCSV's callbacks into one reused {@link CsvRow}: no String per field. */
final class CsvRowHandler extends AbstractBaseCsvCallbackHandler<CsvRow> {

	private final CsvRow row;

	CsvRowHandler(CsvLimits limits) {
		this.row = new CsvRow(limits);
	}

	@Override
	protected void handleBegin(long startingLineNumber) {
		this.row.begin(startingLineNumber);
	}

	@Override
	protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
		this.row.add(buf, offset, len);
	}

	@Override
	protected CsvRow buildRecord() {
		return this.row;
	}

	/** The line where the record being read starts, for errors thrown mid-record. */
	long currentLine() {
		return this.row.line;
	}

}
