package com.pushstudio.upload;

import java.nio.file.Path;
import java.util.List;

import com.pushstudio.csv.CellError;
import com.pushstudio.csv.ErrorLog;

/**
 * The result of checking a whole file before anything is sent.
 *
 * @param rows data rows read (without the header)
 * @param validRows rows that would be sent
 * @param errorCount all errors found
 * @param firstErrors the first {@value ErrorLog#SHOWN} errors, for the page
 * @param errorsCsv every error as CSV (line, column, value, reason), or {@code null}
 * @param fatal a problem with the file as a whole (unreadable, duplicate headers…): no
 * row may be sent, not even the valid ones
 */
public record ValidationReport(long rows, long validRows, long errorCount, List<CellError> firstErrors, Path errorsCsv,
		boolean fatal) {

	public ValidationReport {
		firstErrors = List.copyOf(firstErrors);
	}

	public boolean hasErrors() {
		return this.errorCount > 0;
	}

	/** Whether "push only the valid rows" may be offered. */
	public boolean canSendValidRows() {
		return !this.fatal && this.validRows > 0;
	}

	/** Whether rows would be sent under the given choice. */
	public boolean allows(RowPolicy policy) {
		return !hasErrors() || (policy == RowPolicy.VALID_ROWS_ONLY && canSendValidRows());
	}

}
