package com.pushstudio.upload;

import java.text.NumberFormat;
import java.time.Duration;
import java.util.Locale;

import com.pushstudio.upload.UploadProperties.Limits;

/**
 * The limits a push keeps, as a waiting job's sentence names them: the configured ones,
 * which are Power BI's documented limits unless an operator set lower ones, so the page
 * never names a figure the pacer does not use.
 */
record LimitsText(String requestsPerWindow, String requestWindow, String bigTableRequestsPerWindow,
		String bigTableWindow, String bigTableRows, String rowsPerWindow, String rowsWindow) {

	static LimitsText of(Limits limits) {
		return new LimitsText(number(limits.requestsPerWindow()), window(limits.requestWindow()),
				number(limits.bigTableRequestsPerWindow()), window(limits.bigTableWindow()),
				number(limits.bigTableRows()), number(limits.rowsPerWindow()), window(limits.rowsWindow()));
	}

	private static String number(long value) {
		return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(value);
	}

	/** "hour", "minute", or "5 minutes", as after "per". */
	static String window(Duration window) {
		long seconds = window.toSeconds();
		if (seconds == 3600) {
			return "hour";
		}
		if (seconds == 60) {
			return "minute";
		}
		if (seconds % 3600 == 0) {
			return (seconds / 3600) + " hours";
		}
		if (seconds % 60 == 0) {
			return (seconds / 60) + " minutes";
		}
		return (seconds == 1) ? "second" : seconds + " seconds";
	}

}
