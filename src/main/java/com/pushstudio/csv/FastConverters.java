package com.pushstudio.csv;

import java.time.Instant;

import com.pushstudio.powerbi.DataType;

/**
 * The same rules as {@link JdkConverters}, with the common shapes handled by hand: no
 * String per cell, numbers written as their own text, dates parsed and formatted in
 * place. Whatever a fast path does not recognise it hands to the JDK converter, so it
 * only ever accepts; every rejection and every unusual value goes the slow, plain way.
 */
final class FastConverters {

	private FastConverters() {
	}

	static CellConverter of(DataType type, CsvOptions options) {
		CellConverter slow = JdkConverters.of(type, options);
		return switch (type) {
			case INT64 -> (buf, off, len, row, slot) -> int64(buf, off, len, row, slot, slow);
			case DOUBLE -> new DecimalText(options.decimalSeparator(), 308, Integer.MAX_VALUE, slow);
			case DECIMAL -> new DecimalText(options.decimalSeparator(), JdkConverters.DECIMAL_INTEGER_DIGITS,
					JdkConverters.DECIMAL_SCALE, slow);
			case BOOLEAN -> (buf, off, len, row, slot) -> bool(buf, off, len, row, slot, slow);
			case DATETIME -> new FastDateTime(options, slow);
			case STRING -> FastConverters::string;
		};
	}

	static String int64(char[] buf, int off, int len, ConvertedRow row, int slot, CellConverter slow) {
		int end = CellConverter.trimEnd(buf, off, off + len);
		int i = CellConverter.trimStart(buf, off, end);
		if (i == end) {
			row.setNull(slot);
			return null;
		}
		boolean negative = buf[i] == '-';
		if (negative || buf[i] == '+') {
			i++;
		}
		int digits = end - i;
		if (digits < 1 || digits > 18) {
			// 18 digits never overflow and are never Int64.MinValue or MaxValue
			return slow.convert(buf, off, len, row, slot);
		}
		long value = 0;
		for (; i < end; i++) {
			int d = buf[i] - '0';
			if (d < 0 || d > 9) {
				return slow.convert(buf, off, len, row, slot);
			}
			value = value * 10 + d;
		}
		row.setLong(slot, negative ? -value : value);
		return null;
	}

	static String bool(char[] buf, int off, int len, ConvertedRow row, int slot, CellConverter slow) {
		int end = CellConverter.trimEnd(buf, off, off + len);
		int i = CellConverter.trimStart(buf, off, end);
		switch (end - i) {
			case 0 -> {
				row.setNull(slot);
				return null;
			}
			case 1 -> {
				if (buf[i] == '1' || buf[i] == '0') {
					row.setBoolean(slot, buf[i] == '1');
					return null;
				}
			}
			case 2 -> {
				if (is(buf, i, "no")) {
					row.setBoolean(slot, false);
					return null;
				}
			}
			case 3 -> {
				if (is(buf, i, "yes")) {
					row.setBoolean(slot, true);
					return null;
				}
			}
			case 4 -> {
				if (is(buf, i, "true")) {
					row.setBoolean(slot, true);
					return null;
				}
			}
			case 5 -> {
				if (is(buf, i, "false")) {
					row.setBoolean(slot, false);
					return null;
				}
			}
			default -> {
			}
		}
		return slow.convert(buf, off, len, row, slot);
	}

	/** ASCII case-insensitive compare with a lower-case word. */
	private static boolean is(char[] buf, int i, String lower) {
		for (int k = 0; k < lower.length(); k++) {
			if ((buf[i + k] | 0x20) != lower.charAt(k)) {
				return false;
			}
		}
		return true;
	}

	static String string(char[] buf, int off, int len, ConvertedRow row, int slot) {
		if (len == 0) {
			row.setNull(slot);
		}
		else if (len > JdkConverters.MAX_STRING_LENGTH) {
			return JdkConverters.tooLong(len);
		}
		else {
			row.setChars(slot, ConvertedRow.STRING_CHARS, buf, off, len);
		}
		return null;
	}

	/**
	 * Plain decimals ({@code -12.5}, {@code 0,25}) with no exponent, no '+' and no
	 * leading zeros are already JSON once the separator is a dot, and with at most 308
	 * integer digits a Double is always finite and below Double.MaxValue.
	 */
	private record DecimalText(char separator, int maxIntegerDigits, int maxScale,
			CellConverter slow) implements CellConverter {

		@Override
		public String convert(char[] buf, int off, int len, ConvertedRow row, int slot) {
			int end = CellConverter.trimEnd(buf, off, off + len);
			int start = CellConverter.trimStart(buf, off, end);
			if (start == end) {
				row.setNull(slot);
				return null;
			}
			int i = start;
			boolean negative = buf[i] == '-';
			if (negative) {
				i++;
			}
			int intStart = i;
			boolean nonZero = false;
			while (i < end && buf[i] >= '0' && buf[i] <= '9') {
				nonZero |= buf[i] != '0';
				i++;
			}
			int intDigits = i - intStart;
			if (intDigits == 0 || intDigits > this.maxIntegerDigits || (intDigits > 1 && buf[intStart] == '0')) {
				return this.slow.convert(buf, off, len, row, slot);
			}
			int sepAt = -1;
			if (i < end && buf[i] == this.separator) {
				sepAt = i++;
				int fracStart = i;
				while (i < end && buf[i] >= '0' && buf[i] <= '9') {
					nonZero |= buf[i] != '0';
					i++;
				}
				if (i == fracStart || i - fracStart > this.maxScale) {
					return this.slow.convert(buf, off, len, row, slot);
				}
			}
			// BigDecimal has no negative zero, so "-0.0" takes the slow way for Decimal
			if (i != end || (negative && !nonZero && this.maxScale != Integer.MAX_VALUE)) {
				return this.slow.convert(buf, off, len, row, slot);
			}
			if (sepAt < 0 || this.separator == '.') {
				row.setChars(slot, ConvertedRow.NUMBER_CHARS, buf, start, end - start);
			}
			else {
				char[] copy = row.scratch(slot, end - start);
				System.arraycopy(buf, start, copy, 0, end - start);
				copy[sepAt - start] = '.';
				row.setChars(slot, ConvertedRow.NUMBER_CHARS, copy, 0, end - start);
			}
			return null;
		}

	}

	/**
	 * {@code yyyy-MM-dd}, and {@code yyyy-MM-ddTHH:mm:ss[.f…][Z|±hh:mm]} (or a space for
	 * the T) read by hand; without an offset only when the chosen zone is a fixed offset.
	 */
	private static final class FastDateTime implements CellConverter {

		private final CellConverter slow;

		private final boolean fixedZone;

		private final int zoneOffsetSeconds;

		FastDateTime(CsvOptions options, CellConverter slow) {
			this.slow = slow;
			this.fixedZone = options.zone().getRules().isFixedOffset();
			this.zoneOffsetSeconds = this.fixedZone
					? options.zone().getRules().getOffset(Instant.EPOCH).getTotalSeconds() : 0;
		}

		@Override
		public String convert(char[] buf, int off, int len, ConvertedRow row, int slot) {
			int end = CellConverter.trimEnd(buf, off, off + len);
			int i = CellConverter.trimStart(buf, off, end);
			if (i == end) {
				row.setNull(slot);
				return null;
			}
			long millis = parse(buf, i, end);
			if (millis == Long.MIN_VALUE || millis < IsoInstants.MIN_MILLIS || millis > IsoInstants.MAX_MILLIS) {
				return this.slow.convert(buf, off, len, row, slot);
			}
			char[] out = row.scratch(slot, IsoInstants.LENGTH);
			IsoInstants.format(millis, out);
			row.setChars(slot, ConvertedRow.STRING_CHARS, out, 0, IsoInstants.LENGTH);
			return null;
		}

		/** Epoch millis, or Long.MIN_VALUE for "not the simple shape". */
		private long parse(char[] b, int i, int end) {
			int n = end - i;
			if (n < 10 || b[i + 4] != '-' || b[i + 7] != '-') {
				return Long.MIN_VALUE;
			}
			int year = IsoInstants.digits(b, i, 4);
			int month = IsoInstants.digits(b, i + 5, 2);
			int day = IsoInstants.digits(b, i + 8, 2);
			if (year < 1 || month < 1 || month > 12 || day < 1 || day > IsoInstants.daysInMonth(year, month)) {
				return Long.MIN_VALUE;
			}
			long days = IsoInstants.epochDay(year, month, day);
			if (n == 10) {
				return this.fixedZone ? (days * 86_400L - this.zoneOffsetSeconds) * 1000L : Long.MIN_VALUE;
			}
			if (n < 19 || (b[i + 10] != 'T' && b[i + 10] != ' ') || b[i + 13] != ':' || b[i + 16] != ':') {
				return Long.MIN_VALUE;
			}
			int hour = IsoInstants.digits(b, i + 11, 2);
			int minute = IsoInstants.digits(b, i + 14, 2);
			int second = IsoInstants.digits(b, i + 17, 2);
			if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
				return Long.MIN_VALUE;
			}
			int p = i + 19;
			int millis = 0;
			if (p < end && b[p] == '.') {
				int fracStart = ++p;
				while (p < end && b[p] >= '0' && b[p] <= '9') {
					if (p - fracStart < 3) {
						millis = millis * 10 + (b[p] - '0');
					}
					p++;
				}
				int fracDigits = p - fracStart;
				if (fracDigits < 1 || fracDigits > 9) {
					return Long.MIN_VALUE;
				}
				for (int k = fracDigits; k < 3; k++) {
					millis *= 10;
				}
			}
			int offset;
			if (p == end) {
				if (!this.fixedZone) {
					return Long.MIN_VALUE;
				}
				offset = this.zoneOffsetSeconds;
			}
			else if (p + 1 == end && b[p] == 'Z') {
				offset = 0;
			}
			else if (p + 6 == end && (b[p] == '+' || b[p] == '-') && b[p + 3] == ':') {
				int oh = IsoInstants.digits(b, p + 1, 2);
				int om = IsoInstants.digits(b, p + 4, 2);
				if (oh < 0 || oh > 17 || om < 0 || om > 59) {
					return Long.MIN_VALUE;
				}
				offset = ((b[p] == '-') ? -1 : 1) * (oh * 3600 + om * 60);
			}
			else {
				return Long.MIN_VALUE;
			}
			long seconds = days * 86_400L + hour * 3600 + minute * 60 + second - offset;
			return seconds * 1000L + millis;
		}

	}

}
