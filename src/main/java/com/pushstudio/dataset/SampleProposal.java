package com.pushstudio.dataset;

import java.util.List;

import com.pushstudio.csv.CsvOptions;
import com.pushstudio.powerbi.DataType;

/**
 * A table proposed from a CSV sample, with how the sample was read and what each column
 * held, so that a person can see why each type was proposed.
 *
 * @param table the proposed table, to edit before saving
 * @param options the reading options detected, the ones an upload of the file starts with
 * @param columns each proposed column with an example value from the sample
 */
public record SampleProposal(TableForm table, CsvOptions options, List<ProposedColumn> columns) {

	/**
	 * @param example the first non-empty value of the column, shortened; {@code null}
	 * when the sample has none
	 */
	public record ProposedColumn(String name, DataType type, String example) {
	}

	/** The message key's last part naming the delimiter. */
	public String delimiterName() {
		return switch (this.options.delimiter()) {
			case ';' -> "semicolon";
			case '\t' -> "tab";
			case '|' -> "pipe";
			default -> "comma";
		};
	}

	public String encoding() {
		return this.options.charset().equals(CsvOptions.WINDOWS_1252) ? "Windows-1252" : "UTF-8";
	}

	public boolean decimalComma() {
		return this.options.decimalSeparator() == ',';
	}

	/** The date pattern tried after ISO-8601, or {@code null} for ISO-8601 only. */
	public String datePattern() {
		return this.options.dateTimePattern();
	}

}
