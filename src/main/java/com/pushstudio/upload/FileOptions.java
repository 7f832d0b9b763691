package com.pushstudio.upload;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;

import com.pushstudio.csv.CsvOptions;

/**
 * The CSV options as the upload page shows and posts them, and as a job stores them.
 *
 * @param delimiter {@code ,} {@code ;} {@code |} or {@code tab}
 * @param header whether the first line names the columns
 * @param encoding {@code UTF-8} (with or without BOM) or {@code windows-1252}
 * @param decimalSeparator {@code .} or {@code ,}
 * @param dateTimePattern a date-time pattern tried after ISO-8601; blank for ISO only
 * @param timeZone the zone of date-times without an offset
 */
public record FileOptions(String delimiter, boolean header, String encoding, String decimalSeparator,
		String dateTimePattern, String timeZone) {

	static FileOptions of(CsvOptions options) {
		String delimiter = (options.delimiter() == '\t') ? "tab" : String.valueOf(options.delimiter());
		return new FileOptions(delimiter, options.hasHeader(), options.charset().name(),
				String.valueOf(options.decimalSeparator()),
				(options.dateTimePattern() != null) ? options.dateTimePattern() : "", zoneName(options.zone()));
	}

	/** UTC by the name the zone list uses, not Java's {@code Z}. */
	private static String zoneName(ZoneId zone) {
		return zone.equals(ZoneOffset.UTC) ? TimeZoneChoices.UTC : zone.getId();
	}

	/**
	 * @throws IllegalArgumentException with a reason fit for the page
	 */
	CsvOptions toCsvOptions() {
		char separator = "tab".equalsIgnoreCase(this.delimiter) ? '\t' : single(this.delimiter, "Delimiter");
		Charset charset = "windows-1252".equalsIgnoreCase(this.encoding) ? CsvOptions.WINDOWS_1252
				: StandardCharsets.UTF_8;
		ZoneId zone;
		try {
			zone = ZoneId.of(this.timeZone.strip());
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("Unknown time zone '" + this.timeZone + "'");
		}
		return new CsvOptions(separator, this.header, charset, single(this.decimalSeparator, "Decimal separator"),
				this.dateTimePattern, zone, '"');
	}

	private static char single(String value, String what) {
		if (value == null || value.length() != 1) {
			throw new IllegalArgumentException(what + " must be one character");
		}
		return value.charAt(0);
	}

}
