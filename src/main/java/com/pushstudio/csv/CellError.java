package com.pushstudio.csv;

/**
 * One reason the file, a row or a cell cannot be sent.
 *
 * @param line the physical line where the record starts, as an editor numbers it; 0 for
 * the whole file
 * @param column the CSV column name, or {@code null} when the problem is the row or file
 * @param value the offending text, shortened for display; {@code null} when there is none
 * @param reason what is wrong, in words a user can act on
 */
public record CellError(long line, String column, String value, String reason) {

	public static final int MAX_DISPLAYED_VALUE = 80;

	/** Far beyond any reason Push Studio writes; a bound for what a file's text adds. */
	static final int MAX_REASON = 500;

	/**
	 * Every part is bounded, whatever made it: a cell error repeats its column's name,
	 * and a file may name a column with 20,000 characters.
	 */
	public CellError {
		column = shorten(column, MAX_DISPLAYED_VALUE);
		value = shorten(value, MAX_DISPLAYED_VALUE);
		reason = shorten(reason, MAX_REASON);
	}

	public static CellError ofFile(String reason) {
		return new CellError(0, null, null, reason);
	}

	static CellError ofRow(long line, String reason) {
		return new CellError(line, null, null, reason);
	}

	static CellError ofCell(long line, String column, CharSequence value, String reason) {
		return new CellError(line, column, shorten(value), reason);
	}

	/** "line 4, column Amount" or "file": where to look. */
	public String where() {
		if (this.line == 0) {
			return "file";
		}
		return (this.column != null) ? "line " + this.line + ", column " + this.column : "line " + this.line;
	}

	@Override
	public String toString() {
		return where() + ((this.value != null) ? ": '" + this.value + "' " : ": ") + this.reason;
	}

	static String shorten(CharSequence value) {
		return shorten(value, MAX_DISPLAYED_VALUE);
	}

	private static String shorten(CharSequence value, int max) {
		if (value == null) {
			return null;
		}
		if (value.length() <= max) {
			return value.toString();
		}
		return value.subSequence(0, max - 1) + "…";
	}

}
