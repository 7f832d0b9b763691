package com.pushstudio.dataset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.pushstudio.powerbi.DataType;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import org.springframework.stereotype.Component;

/**
 * Proposes a table from a CSV sample: the header row gives the column names, and each
 * column gets the narrowest type that every non-empty value of the first rows parses as
 * (Int64, then Double, Boolean, DateTime; otherwise String). Decimal is never proposed:
 * push datasets document it but no example uses it, so the user picks it deliberately.
 */
@Component
class SampleInference {

	private static final List<DataType> PREFERENCE = List.of(DataType.INT64, DataType.DOUBLE, DataType.BOOLEAN,
			DataType.DATETIME);

	private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]{1,19}");

	private static final Pattern NUMBER = Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");

	private static final Set<String> BOOLEANS = Set.of("true", "false", "yes", "no");

	private final int sampleRows;

	SampleInference(DatasetProperties properties) {
		this.sampleRows = properties.sampleRows();
	}

	/** A table named after the file, with a column for each header field. */
	TableForm propose(InputStream csv, String fileName) {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
			char separator = separator(reader);
			List<String> header = null;
			List<Set<DataType>> candidates = new ArrayList<>();
			List<Boolean> valued = new ArrayList<>();
			int rows = 0;
			for (CsvRecord record : CsvReader.builder()
				.fieldSeparator(separator)
				.detectBomHeader(true)
				.skipEmptyLines(true)
				.allowExtraFields(true)
				.allowMissingFields(true)
				.ofCsvRecord(reader)) {
				if (header == null) {
					header = record.getFields();
					header.forEach((name) -> candidates.add(EnumSet.copyOf(PREFERENCE)));
					header.forEach((name) -> valued.add(false));
					continue;
				}
				if (rows++ >= this.sampleRows) {
					break;
				}
				for (int i = 0; i < Math.min(header.size(), record.getFieldCount()); i++) {
					String value = record.getField(i).trim();
					if (!value.isEmpty()) {
						valued.set(i, true);
						candidates.get(i).removeIf((type) -> !parses(type, value));
					}
				}
			}
			if (header == null) {
				throw new SampleException("dataset.sample.empty");
			}
			List<ColumnForm> columns = new ArrayList<>();
			for (int i = 0; i < header.size(); i++) {
				String name = header.get(i).strip().replace("\uFEFF", "");
				columns.add(new ColumnForm(name.isEmpty() ? "Column" + (i + 1) : name,
						valued.get(i) ? type(candidates.get(i)) : DataType.STRING));
			}
			return new TableForm(tableName(fileName), columns);
		}
		catch (IOException | UncheckedIOException | CsvParseException ex) {
			throw new SampleException("dataset.sample.unreadable");
		}
	}

	/** The separator that the header line uses most: comma, semicolon, tab or pipe. */
	private static char separator(BufferedReader reader) throws IOException {
		reader.mark(1 << 16);
		char[] start = new char[1 << 15];
		int read = reader.read(start);
		reader.reset();
		String line = (read > 0) ? new String(start, 0, read).lines().findFirst().orElse("") : "";
		char best = ',';
		long bestCount = line.chars().filter((c) -> c == ',').count();
		for (char candidate : new char[] { ';', '\t', '|' }) {
			long count = line.chars().filter((c) -> c == candidate).count();
			if (count > bestCount) {
				best = candidate;
				bestCount = count;
			}
		}
		return best;
	}

	private static DataType type(Set<DataType> candidates) {
		return PREFERENCE.stream().filter(candidates::contains).findFirst().orElse(DataType.STRING);
	}

	static boolean parses(DataType type, String value) {
		return switch (type) {
			case INT64 -> INTEGER.matcher(value).matches() && isLong(value);
			case DOUBLE -> NUMBER.matcher(value).matches();
			case BOOLEAN -> BOOLEANS.contains(value.toLowerCase(Locale.ROOT));
			case DATETIME -> isDateTime(value);
			default -> true;
		};
	}

	private static boolean isLong(String value) {
		try {
			long parsed = Long.parseLong(value);
			// Power BI refuses the two extremes.
			return parsed != Long.MAX_VALUE && parsed != Long.MIN_VALUE;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	/** ISO-8601 dates and date-times, with or without offset, 'T' or a space between. */
	private static boolean isDateTime(String value) {
		String iso = (value.length() > 10 && value.charAt(10) == ' ')
				? value.substring(0, 10) + 'T' + value.substring(11) : value;
		try {
			if (iso.length() == 10) {
				LocalDate.parse(iso, DateTimeFormatter.ISO_LOCAL_DATE);
			}
			else {
				DateTimeFormatter.ISO_DATE_TIME.parse(iso);
			}
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
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

		SampleException(String code) {
			super(code);
		}

		String code() {
			return getMessage();
		}

	}

}
