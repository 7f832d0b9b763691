package com.pushstudio.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * How to read one CSV file. The detector proposes these from the first bytes; the user
 * can change any of them on the upload page.
 *
 * @param delimiter field separator: {@code ,} {@code ;} tab or {@code |}
 * @param hasHeader whether the first record names the columns
 * @param charset UTF-8 (a BOM is skipped either way) or Windows-1252
 * @param decimalSeparator {@code .} or {@code ,} for Double and Decimal columns
 * @param dateTimePattern a {@link DateTimeFormatter} pattern tried after ISO-8601, or
 * {@code null} for ISO-8601 only
 * @param zone the zone of date-times that carry no offset
 * @param quote the quote character
 */
public record CsvOptions(char delimiter, boolean hasHeader, Charset charset, char decimalSeparator,
		String dateTimePattern, ZoneId zone, char quote) {

	public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	public CsvOptions {
		Objects.requireNonNull(charset, "charset");
		Objects.requireNonNull(zone, "zone");
		if (decimalSeparator != '.' && decimalSeparator != ',') {
			throw new IllegalArgumentException("Decimal separator must be '.' or ','");
		}
		if (decimalSeparator == delimiter) {
			throw new IllegalArgumentException("Decimal separator and delimiter must differ");
		}
		if (delimiter == quote || delimiter == '\r' || delimiter == '\n') {
			throw new IllegalArgumentException("Delimiter must not be the quote or a line break");
		}
		if (dateTimePattern != null && dateTimePattern.isBlank()) {
			dateTimePattern = null;
		}
		if (dateTimePattern != null) {
			DateTimeFormatter.ofPattern(dateTimePattern); // fails early on a bad pattern
		}
	}

	/** Comma-separated UTF-8 with a header, ISO dates in UTC: what most exports are. */
	public static CsvOptions defaults() {
		return new CsvOptions(',', true, StandardCharsets.UTF_8, '.', null, ZoneOffset.UTC, '"');
	}

	public CsvOptions withDelimiter(char delimiter) {
		return new CsvOptions(delimiter, this.hasHeader, this.charset, this.decimalSeparator, this.dateTimePattern,
				this.zone, this.quote);
	}

	public CsvOptions withHeader(boolean hasHeader) {
		return new CsvOptions(this.delimiter, hasHeader, this.charset, this.decimalSeparator, this.dateTimePattern,
				this.zone, this.quote);
	}

	public CsvOptions withCharset(Charset charset) {
		return new CsvOptions(this.delimiter, this.hasHeader, charset, this.decimalSeparator, this.dateTimePattern,
				this.zone, this.quote);
	}

	public CsvOptions withDecimalSeparator(char decimalSeparator) {
		return new CsvOptions(this.delimiter, this.hasHeader, this.charset, decimalSeparator, this.dateTimePattern,
				this.zone, this.quote);
	}

	public CsvOptions withDateTime(String dateTimePattern, ZoneId zone) {
		return new CsvOptions(this.delimiter, this.hasHeader, this.charset, this.decimalSeparator, dateTimePattern,
				zone, this.quote);
	}

}
