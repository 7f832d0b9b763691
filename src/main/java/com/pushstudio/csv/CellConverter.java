package com.pushstudio.csv;

import com.pushstudio.powerbi.DataType;

/**
 * Checks one CSV cell against a column type and stores the JSON value in a row slot.
 * There are two implementations with the same rules: {@link JdkConverters}, written
 * plainly with the JDK's parsers, and {@link FastConverters}, which handles the common
 * shapes by hand and hands everything else to the first. Tests hold them to the same
 * output byte for byte.
 */
@FunctionalInterface
interface CellConverter {

	/**
	 * Converts {@code buf[off, off + len)}.
	 * @return {@code null} when the value was accepted and stored, else why not
	 */
	String convert(char[] buf, int off, int len, ConvertedRow row, int slot);

	static CellConverter of(DataType type, CsvOptions options, boolean fast) {
		return fast ? FastConverters.of(type, options) : JdkConverters.of(type, options);
	}

	/** Index of the first char after leading whitespace, as {@link String#trim()}. */
	static int trimStart(char[] buf, int off, int end) {
		while (off < end && buf[off] <= ' ') {
			off++;
		}
		return off;
	}

	/** Index after the last char that is not whitespace, as {@link String#trim()}. */
	static int trimEnd(char[] buf, int start, int end) {
		while (end > start && buf[end - 1] <= ' ') {
			end--;
		}
		return end;
	}

}
