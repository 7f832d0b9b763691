package com.pushstudio.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.pushstudio.csv.CellRules;
import com.pushstudio.csv.CsvFileException;
import com.pushstudio.csv.CsvLimits;
import com.pushstudio.csv.CsvOptions;
import com.pushstudio.csv.CsvSample;
import com.pushstudio.powerbi.DataType;

import org.springframework.stereotype.Component;

/**
 * Proposes a table from a CSV sample, reading it as an upload reads the file: the same
 * detection of encoding, delimiter, decimal separator and date format, and the same
 * conversion rules. Each column gets the first type, in this order, that the upload would
 * accept for every non-empty value of the first rows:
 * <ul>
 * <li>Int64 (Boolean instead for a 0/1 flag, see {@link #isFlag});</li>
 * <li>Boolean, when the values are words (true/false, yes/no, WAHR/FALSCH);</li>
 * <li>Decimal, when no value has an exponent: it keeps every value exactly (money);</li>
 * <li>Double, for exponents and values beyond Decimal's four decimal places;</li>
 * <li>DateTime, ISO-8601 or the detected pattern; otherwise String.</li>
 * </ul>
 */
@Component
class SampleInference {

	private static final int EXAMPLE_LENGTH = 40;

	/** Fewer values than this cannot tell a 0/1 flag from a small count. */
	static final int FLAG_EVIDENCE = 10;

	/** A header that asks a yes/no question: IsActive, has_discount, "Ist bezahlt". */
	private static final Pattern YES_NO_HEADER = Pattern.compile("(?i:is|has|can|was|ist|hat)([ _-].*|\\p{Lu}.*)?");

	private static final Pattern EXPONENT = Pattern.compile(".*[eE].*");

	private final int sampleRows;

	SampleInference(DatasetProperties properties) {
		this.sampleRows = properties.sampleRows();
	}

	/** A table named after the file, with a column for each header field. */
	SampleProposal propose(InputStream csv, String fileName) {
		CsvSample sample;
		try {
			sample = CsvSample.read(csv, this.sampleRows, CsvLimits.DEFAULT);
		}
		catch (CsvFileException ex) {
			if (ex.error().line() == 0 && "is empty".equals(ex.error().reason())) {
				throw new SampleException("dataset.sample.empty");
			}
			throw new SampleException("dataset.sample.unreadable", ex.error().toString());
		}
		catch (IOException | UncheckedIOException ex) {
			throw new SampleException("dataset.sample.unreadable", "the upload of the sample broke off");
		}
		List<ColumnForm> columns = new ArrayList<>();
		List<SampleProposal.ProposedColumn> proposed = new ArrayList<>();
		for (int i = 0; i < sample.header().size(); i++) {
			String name = sample.header().get(i).strip();
			name = name.isEmpty() ? "Column" + (i + 1) : name;
			List<String> values = values(sample, i);
			DataType type = type(name, values, sample.options());
			columns.add(new ColumnForm(name, type));
			proposed
				.add(new SampleProposal.ProposedColumn(name, type, values.isEmpty() ? null : shorten(values.get(0))));
		}
		return new SampleProposal(new TableForm(tableName(fileName), columns), sample.options(), proposed);
	}

	private static List<String> values(CsvSample sample, int column) {
		return sample.rows()
			.stream()
			.filter((row) -> column < row.size() && !row.get(column).isBlank())
			.map((row) -> row.get(column))
			.toList();
	}

	static DataType type(String header, List<String> values, CsvOptions options) {
		if (values.isEmpty()) {
			return DataType.STRING;
		}
		if (all(values, DataType.INT64, options)) {
			return isFlag(header, values) ? DataType.BOOLEAN : DataType.INT64;
		}
		if (all(values, DataType.BOOLEAN, options)) {
			return DataType.BOOLEAN;
		}
		if (all(values, DataType.DECIMAL, options) && values.stream().noneMatch((v) -> EXPONENT.matcher(v).matches())) {
			return DataType.DECIMAL;
		}
		if (all(values, DataType.DOUBLE, options)) {
			return DataType.DOUBLE;
		}
		return all(values, DataType.DATETIME, options) ? DataType.DATETIME : DataType.STRING;
	}

	/**
	 * Whole numbers that are only 0 and 1, both of them, are a yes/no flag when the
	 * header asks a yes/no question, or when there are at least {@value #FLAG_EVIDENCE}
	 * of them (a count would show another number by then). Otherwise they stay Int64.
	 */
	static boolean isFlag(String header, List<String> values) {
		boolean zero = false;
		boolean one = false;
		for (String value : values) {
			String v = value.strip();
			zero |= v.equals("0");
			one |= v.equals("1");
			if (!v.equals("0") && !v.equals("1")) {
				return false;
			}
		}
		return zero && one && (values.size() >= FLAG_EVIDENCE || YES_NO_HEADER.matcher(header.strip()).matches());
	}

	private static boolean all(List<String> values, DataType type, CsvOptions options) {
		return values.stream().allMatch((value) -> CellRules.accepts(type, options, value));
	}

	private static String shorten(String value) {
		return (value.length() <= EXAMPLE_LENGTH) ? value : value.substring(0, EXAMPLE_LENGTH - 1) + "\u2026";
	}

	/** The file's name without extension, kept to what a table name may hold. */
	static String tableName(String fileName) {
		String base = (fileName != null) ? fileName.replaceAll(".*[/\\\\]", "").replaceFirst("\\.[^.]*$", "") : "";
		StringBuilder name = new StringBuilder();
		base.codePoints()
			.forEach((c) -> name
				.appendCodePoint(SchemaRules.TABLE_NAME.matcher(new String(Character.toChars(c))).matches() ? c : '_'));
		String result = name.toString().strip();
		if (result.isEmpty()) {
			return "Sample";
		}
		return (result.codePointCount(0, result.length()) > 100)
				? result.substring(0, result.offsetByCodePoints(0, 100)) : result;
	}

	/** The sample could not be read as CSV; the code names a message. */
	static class SampleException extends RuntimeException {

		private final transient Object[] arguments;

		SampleException(String code, Object... arguments) {
			super(code);
			this.arguments = arguments;
		}

		String code() {
			return getMessage();
		}

		Object[] arguments() {
			return this.arguments;
		}

	}

}
