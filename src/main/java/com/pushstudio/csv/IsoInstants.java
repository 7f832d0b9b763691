package com.pushstudio.csv;

/**
 * Hand-written ISO-8601 arithmetic for the DateTime fast path: proleptic Gregorian
 * calendar, as java.time uses, for the years 1 to 9999.
 */
final class IsoInstants {

	/** {@code yyyy-MM-ddTHH:mm:ss.SSSZ}. */
	static final int LENGTH = 24;

	static final long MIN_MILLIS = JdkConverters.MIN_INSTANT.toEpochMilli();

	static final long MAX_MILLIS = JdkConverters.MAX_INSTANT.toEpochMilli();

	private IsoInstants() {
	}

	/** The value of {@code count} ASCII digits, or -1. */
	static int digits(char[] b, int at, int count) {
		int value = 0;
		for (int k = 0; k < count; k++) {
			int d = b[at + k] - '0';
			if (d < 0 || d > 9) {
				return -1;
			}
			value = value * 10 + d;
		}
		return value;
	}

	static boolean isLeap(int year) {
		return (year % 4 == 0) && (year % 100 != 0 || year % 400 == 0);
	}

	static int daysInMonth(int year, int month) {
		return switch (month) {
			case 2 -> isLeap(year) ? 29 : 28;
			case 4, 6, 9, 11 -> 30;
			default -> 31;
		};
	}

	/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
	static long epochDay(int year, int month, int day) {
		long y = (month <= 2) ? year - 1 : year;
		long era = Math.floorDiv(y, 400);
		long yoe = y - era * 400;
		long doy = (153L * (month + ((month > 2) ? -3 : 9)) + 2) / 5 + day - 1;
		long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
		return era * 146_097 + doe - 719_468;
	}

	/** Writes {@code yyyy-MM-ddTHH:mm:ss.SSSZ} for epoch millis in years 1 to 9999. */
	static void format(long epochMillis, char[] out) {
		long days = Math.floorDiv(epochMillis, 86_400_000L);
		int msOfDay = (int) Math.floorMod(epochMillis, 86_400_000L);
		// civil_from_days
		long z = days + 719_468;
		long era = Math.floorDiv(z, 146_097);
		long doe = z - era * 146_097;
		long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
		long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
		long mp = (5 * doy + 2) / 153;
		int day = (int) (doy - (153 * mp + 2) / 5 + 1);
		int month = (int) ((mp < 10) ? mp + 3 : mp - 9);
		int year = (int) (yoe + era * 400 + ((month <= 2) ? 1 : 0));
		put(out, 0, year, 4);
		out[4] = '-';
		put(out, 5, month, 2);
		out[7] = '-';
		put(out, 8, day, 2);
		out[10] = 'T';
		put(out, 11, msOfDay / 3_600_000, 2);
		out[13] = ':';
		put(out, 14, (msOfDay / 60_000) % 60, 2);
		out[16] = ':';
		put(out, 17, (msOfDay / 1000) % 60, 2);
		out[19] = '.';
		put(out, 20, msOfDay % 1000, 3);
		out[23] = 'Z';
	}

	private static void put(char[] out, int at, int value, int width) {
		for (int k = at + width - 1; k >= at; k--) {
			out[k] = (char) ('0' + value % 10);
			value /= 10;
		}
	}

}
