package com.pushstudio.csv;

import com.pushstudio.powerbi.DataType;

/**
 * The upload's conversion rules, asked one value at a time: what a proposal uses to
 * choose a type, so that it proposes only what the upload will accept.
 */
public final class CellRules {

	private CellRules() {
	}

	/** Whether the upload would send {@code value} in a column of {@code type}. */
	public static boolean accepts(DataType type, CsvOptions options, String value) {
		char[] chars = value.toCharArray();
		return JdkConverters.of(type, options).convert(chars, 0, chars.length, new ConvertedRow(1), 0) == null;
	}

}
