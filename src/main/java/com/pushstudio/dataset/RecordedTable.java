package com.pushstudio.dataset;

import java.util.List;

import com.pushstudio.powerbi.Column;
import com.pushstudio.powerbi.Measure;

/**
 * A table of the schema of record.
 *
 * @param columns every column with its type and options; empty until the user states the
 * columns of an adopted table
 * @param stated the columns were stated by the user, not read from Power BI, and no push
 * has confirmed them yet
 */
public record RecordedTable(String name, List<Column> columns, List<Measure> measures, boolean stated) {

	public RecordedTable {
		columns = List.copyOf(columns);
		measures = List.copyOf(measures);
	}

	/**
	 * Whether rows can be mapped onto it: a table with no known column cannot take any.
	 */
	public boolean columnsKnown() {
		return !this.columns.isEmpty();
	}

}
