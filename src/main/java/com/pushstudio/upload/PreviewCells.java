package com.pushstudio.upload;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.pushstudio.powerbi.DataType;

/**
 * A converted value written for a person rather than for JSON: numbers with thousands
 * separators and every digit that is sent, True and False as Power BI shows them,
 * date-times in the zone the file is read in, text as it is, nothing for an empty cell.
 * Dates are written year first, which no reader takes for another day.
 */
final class PreviewCells {

	/** Longer text is cut here: a page of twenty rows must stay a page. */
	static final int MAX_SHOWN = 200;

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);

	private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS", Locale.ROOT);

	private final ZoneId zone;

	PreviewCells(ZoneId zone) {
		this.zone = zone;
	}

	/**
	 * @param value as {@link ConvertedRow#value} answers it
	 */
	String text(DataType type, Object value) {
		if (value == null) {
			return "";
		}
		return switch (type) {
			case INT64, DOUBLE, DECIMAL -> number(value);
			case BOOLEAN -> Boolean.TRUE.equals(value) ? "True" : "False";
			case DATETIME -> dateTime(Instant.parse(value.toString()));
			case STRING -> shorten(value.toString());
		};
	}

	private static String number(Object value) {
		BigDecimal number = (value instanceof BigDecimal decimal) ? decimal : new BigDecimal(value.toString());
		DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
		format.setMaximumFractionDigits(Math.max(0, number.scale()));
		format.setMinimumFractionDigits(Math.max(0, number.stripTrailingZeros().scale()));
		return shorten(format.format(number));
	}

	private String dateTime(Instant instant) {
		var local = instant.atZone(this.zone);
		return ((local.getNano() == 0) ? SECONDS : MILLIS).format(local);
	}

	static String shorten(String text) {
		return (text.length() <= MAX_SHOWN) ? text : text.substring(0, MAX_SHOWN - 1) + "\u2026";
	}

}
