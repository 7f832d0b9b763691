package com.pushstudio.csv;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.pushstudio.powerbi.DataType;

/**
 * The conversion rules of docs/conversion-rules.md written as plainly as possible with
 * the JDK's own parsers. This is the reference the fast path is tested against, and the
 * path it falls back to for anything unusual — so every rejection reason comes from here.
 */
final class JdkConverters {

	static final int MAX_STRING_LENGTH = 4000;

	static final int DECIMAL_SCALE = 4;

	static final int DECIMAL_INTEGER_DIGITS = 24;

	static final Instant MIN_INSTANT = Instant.parse("0001-01-01T00:00:00Z");

	static final Instant MAX_INSTANT = Instant.parse("9999-12-31T23:59:59.999Z");

	static final DateTimeFormatter OUTPUT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");

	private static final Pattern THOUSANDS = Pattern
		.compile("[+-]?[0-9]{1,3}([,. '\u00A0\u202F][0-9]{3})+([.,][0-9]+)?");

	private JdkConverters() {
	}

	static CellConverter of(DataType type, CsvOptions options) {
		return switch (type) {
			case INT64 -> JdkConverters::int64;
			case DOUBLE -> new DoubleConverter(options.decimalSeparator());
			case DECIMAL -> new DecimalConverter(options.decimalSeparator());
			case BOOLEAN -> JdkConverters::bool;
			case DATETIME -> new DateTimeConverter(options);
			case STRING -> JdkConverters::string;
		};
	}

	static String int64(char[] buf, int off, int len, ConvertedRow row, int slot) {
		String text = new String(buf, off, len).trim();
		if (text.isEmpty()) {
			row.setNull(slot);
			return null;
		}
		if (!INTEGER.matcher(text).matches()) {
			return notANumber(text, "is not a whole number");
		}
		try {
			long value = Long.parseLong(text);
			if (value == Long.MIN_VALUE || value == Long.MAX_VALUE) {
				return "is out of range for Int64 (Power BI rejects its minimum and maximum)";
			}
			row.setLong(slot, value);
			return null;
		}
		catch (NumberFormatException ex) {
			return "is out of range for Int64";
		}
	}

	static String bool(char[] buf, int off, int len, ConvertedRow row, int slot) {
		String text = new String(buf, off, len).trim().toLowerCase(Locale.ROOT);
		switch (text) {
			case "" -> row.setNull(slot);
			// WAHR and FALSCH are how a German Excel writes its booleans into a CSV file
			case "true", "yes", "1", "wahr" -> row.setBoolean(slot, true);
			case "false", "no", "0", "falsch" -> row.setBoolean(slot, false);
			default -> {
				return "is not a boolean (use true/false, yes/no or 1/0)";
			}
		}
		return null;
	}

	static String string(char[] buf, int off, int len, ConvertedRow row, int slot) {
		String text = new String(buf, off, len);
		if (text.isEmpty()) {
			row.setNull(slot);
			return null;
		}
		if (text.length() > MAX_STRING_LENGTH) {
			return tooLong(text.length());
		}
		row.setObject(slot, ConvertedRow.STRING_OBJECT, text);
		return null;
	}

	static String tooLong(int length) {
		return String.format(Locale.ROOT, "is %,d characters long; Power BI accepts at most 4,000", length);
	}

	static String notANumber(String text, String reason) {
		return THOUSANDS.matcher(text).matches() ? reason + " (remove the thousands separators)" : reason;
	}

	/**
	 * Splits a number in the file's notation into sign, integer digits, fraction digits
	 * and exponent; {@code null} when it is not one.
	 */
	static Matcher number(String text, char decimalSeparator) {
		Pattern grammar = (decimalSeparator == '.') ? DOT_NUMBER : COMMA_NUMBER;
		if (((decimalSeparator == '.') ? DOT_GROUPED : COMMA_GROUPED).matcher(text).matches()) {
			text = text.replace((decimalSeparator == '.') ? "," : ".", "");
		}
		Matcher matcher = grammar.matcher(text);
		if (!matcher.matches()) {
			return null;
		}
		boolean hasDigits = !matcher.group(2).isEmpty() || (matcher.group(3) != null && !matcher.group(3).isEmpty());
		return hasDigits ? matcher : null;
	}

	private static final Pattern DOT_NUMBER = Pattern.compile("([+-]?)([0-9]*)(?:\\.([0-9]*))?([eE][+-]?[0-9]+)?");

	/**
	 * Thousands separators only where they cannot be misread: the other of . and , in
	 * groups of three, in a number that also has its decimal separator ({@code 1.234,56}
	 * with a decimal comma). {@code 1.234} alone could be either, and stays refused.
	 */
	private static final Pattern DOT_GROUPED = Pattern.compile("[+-]?[0-9]{1,3}(,[0-9]{3})+\\.[0-9]+");

	private static final Pattern COMMA_GROUPED = Pattern.compile("[+-]?[0-9]{1,3}(\\.[0-9]{3})+,[0-9]+");

	private static final Pattern COMMA_NUMBER = Pattern.compile("([+-]?)([0-9]*)(?:,([0-9]*))?([eE][+-]?[0-9]+)?");

	/** The number in JSON grammar: no '+', no leading zeros, '.' as separator. */
	static String jsonNumber(Matcher number) {
		StringBuilder json = new StringBuilder();
		if ("-".equals(number.group(1))) {
			json.append('-');
		}
		String digits = number.group(2).replaceFirst("^0+(?=.)", "");
		json.append(digits.isEmpty() ? "0" : digits);
		String fraction = number.group(3);
		if (fraction != null && !fraction.isEmpty()) {
			json.append('.').append(fraction);
		}
		if (number.group(4) != null) {
			json.append(number.group(4));
		}
		return json.toString();
	}

	private record DoubleConverter(char separator) implements CellConverter {

		@Override
		public String convert(char[] buf, int off, int len, ConvertedRow row, int slot) {
			String text = new String(buf, off, len).trim();
			if (text.isEmpty()) {
				row.setNull(slot);
				return null;
			}
			Matcher number = number(text, this.separator);
			if (number == null) {
				return notANumber(text, "is not a number");
			}
			String json = jsonNumber(number);
			double value = Double.parseDouble(json);
			if (Double.isInfinite(value) || Math.abs(value) == Double.MAX_VALUE) {
				return "is out of range for Double";
			}
			row.setObject(slot, ConvertedRow.NUMBER_OBJECT, json);
			return null;
		}

	}

	private record DecimalConverter(char separator) implements CellConverter {

		@Override
		public String convert(char[] buf, int off, int len, ConvertedRow row, int slot) {
			String text = new String(buf, off, len).trim();
			if (text.isEmpty()) {
				row.setNull(slot);
				return null;
			}
			Matcher number = number(text, this.separator);
			if (number == null) {
				return notANumber(text, "is not a number");
			}
			BigDecimal value;
			try {
				value = new BigDecimal(jsonNumber(number));
			}
			catch (NumberFormatException ex) {
				return "is out of range for Decimal";
			}
			if ((long) value.precision() - value.scale() > DECIMAL_INTEGER_DIGITS) {
				return "is out of range for Decimal (at most 24 digits before the decimal point)";
			}
			if (value.scale() > DECIMAL_SCALE) {
				if (value.stripTrailingZeros().scale() > DECIMAL_SCALE) {
					return "has more than 4 decimal places, which Decimal cannot keep";
				}
				value = value.setScale(DECIMAL_SCALE);
			}
			else if (value.scale() < 0) {
				value = value.setScale(0);
			}
			row.setObject(slot, ConvertedRow.NUMBER_OBJECT, value.toPlainString());
			return null;
		}

	}

	static final class DateTimeConverter implements CellConverter {

		private final ZoneId zone;

		private final DateTimeFormatter pattern;

		DateTimeConverter(CsvOptions options) {
			this.zone = options.zone();
			this.pattern = (options.dateTimePattern() != null) ? formatter(options.dateTimePattern()) : null;
		}

		static DateTimeFormatter formatter(String pattern) {
			DateTimeFormatterBuilder builder = new DateTimeFormatterBuilder().parseCaseInsensitive()
				.appendPattern(pattern);
			if (pattern.indexOf('y') >= 0) {
				builder.parseDefaulting(ChronoField.ERA, 1);
			}
			return builder.toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
		}

		@Override
		public String convert(char[] buf, int off, int len, ConvertedRow row, int slot) {
			String text = new String(buf, off, len).trim();
			if (text.isEmpty()) {
				row.setNull(slot);
				return null;
			}
			Instant instant = parse(text);
			if (instant == null) {
				return (this.pattern != null) ? "is not a date-time in ISO-8601 or the chosen pattern"
						: "is not an ISO-8601 date-time (like 2024-03-31 or 2024-03-31T14:05:00Z)";
			}
			instant = instant.truncatedTo(ChronoUnit.MILLIS);
			if (instant.isBefore(MIN_INSTANT) || instant.isAfter(MAX_INSTANT)) {
				return "is outside the years 1 to 9999";
			}
			row.setObject(slot, ConvertedRow.STRING_OBJECT, OUTPUT.format(instant));
			return null;
		}

		private Instant parse(String text) {
			if (text.length() >= 10 && text.charAt(4) == '-') {
				String iso = (text.length() > 10 && text.charAt(10) == ' ')
						? text.substring(0, 10) + 'T' + text.substring(11) : text;
				try {
					return OffsetDateTime.parse(iso, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
				}
				catch (DateTimeException ex) {
					// not with an offset
				}
				try {
					return LocalDateTime.parse(iso, DateTimeFormatter.ISO_LOCAL_DATE_TIME)
						.atZone(this.zone)
						.toInstant();
				}
				catch (DateTimeException ex) {
					// not a local date-time
				}
				try {
					return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay(this.zone).toInstant();
				}
				catch (DateTimeException ex) {
					// not a date
				}
			}
			if (this.pattern != null) {
				try {
					TemporalAccessor parsed = this.pattern.parseBest(text, ZonedDateTime::from, LocalDateTime::from,
							LocalDate::from);
					if (parsed instanceof ZonedDateTime zoned) {
						return zoned.toInstant();
					}
					if (parsed instanceof LocalDateTime local) {
						return local.atZone(this.zone).toInstant();
					}
					return ((LocalDate) parsed).atStartOfDay(this.zone).toInstant();
				}
				catch (DateTimeException ex) {
					// not in the pattern either
				}
			}
			return null;
		}

	}

}
