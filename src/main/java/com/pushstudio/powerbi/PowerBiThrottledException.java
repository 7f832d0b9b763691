package com.pushstudio.powerbi;

import java.time.Duration;

/** Power BI answered 429: too many requests, or too many rows in the time window. */
public class PowerBiThrottledException extends PowerBiException {

	private final Duration retryAfter;

	PowerBiThrottledException(Duration retryAfter, PowerBiError error) {
		super((retryAfter != null) ? "Power BI asks to slow down; it can take more in " + retryAfter.toSeconds() + " s."
				: "Power BI asks to slow down; try again later.", error);
		this.retryAfter = retryAfter;
	}

	/**
	 * How long Power BI asked to wait ({@code Retry-After}), or {@code null} if it did
	 * not say.
	 */
	public Duration retryAfter() {
		return this.retryAfter;
	}

	@Override
	public boolean retryable() {
		return true;
	}

}
