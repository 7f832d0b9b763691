package com.pushstudio.sandbox.powerbi;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small subset of DAX the sandbox answers, each in its general form: keywords and
 * table names in any case, whitespace and newlines anywhere between tokens, {@code ''}
 * inside a quoted table name and {@code ""} inside a column name standing for one quote.
 * The forms, with any name N, table T and count n: {@code EVALUATE ROW("N",
 * COUNTROWS('T'))}, {@code EVALUATE TOPN(n, 'T')} and {@code EVALUATE 'T'}.
 */
sealed interface DaxQuery {

	/** The table as written in the query, unquoted. */
	String table();

	record CountRows(String column, String table) implements DaxQuery {
	}

	record TopN(long rows, String table) implements DaxQuery {
	}

	record WholeTable(String table) implements DaxQuery {
	}

	String TABLE = "'((?:[^']|'')+)'";

	Pattern COUNT_ROWS = Pattern
		.compile("\\s*EVALUATE\\s+ROW\\s*\\(\\s*\"((?:[^\"]|\"\")*)\"\\s*,\\s*COUNTROWS\\s*\\(\\s*" + TABLE
				+ "\\s*\\)\\s*\\)\\s*", Pattern.CASE_INSENSITIVE);

	Pattern TOP_N = Pattern.compile("\\s*EVALUATE\\s+TOPN\\s*\\(\\s*(\\d{1,18})\\s*,\\s*" + TABLE + "\\s*\\)\\s*",
			Pattern.CASE_INSENSITIVE);

	Pattern WHOLE_TABLE = Pattern.compile("\\s*EVALUATE\\s+" + TABLE + "\\s*", Pattern.CASE_INSENSITIVE);

	/** The query, or empty when it is not one of the forms above. */
	static Optional<DaxQuery> parse(String dax) {
		Matcher matcher = COUNT_ROWS.matcher(dax);
		if (matcher.matches()) {
			return Optional.of(new CountRows(matcher.group(1).replace("\"\"", "\""), unquote(matcher.group(2))));
		}
		matcher = TOP_N.matcher(dax);
		if (matcher.matches()) {
			return Optional.of(new TopN(Long.parseLong(matcher.group(1)), unquote(matcher.group(2))));
		}
		matcher = WHOLE_TABLE.matcher(dax);
		if (matcher.matches()) {
			return Optional.of(new WholeTable(unquote(matcher.group(1))));
		}
		return Optional.empty();
	}

	private static String unquote(String table) {
		return table.replace("''", "'");
	}

}
