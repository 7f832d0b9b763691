package com.pushstudio.graph;

import java.time.Duration;

/**
 * Graph kept answering 429 or 503 after the retries allowed, or asked for a longer wait
 * than allowed: try again after {@link #retryAfter()}.
 */
public class GraphThrottledException extends GraphException {

	private final Duration retryAfter;

	public GraphThrottledException(String message, int status, Duration retryAfter) {
		super(message, status);
		this.retryAfter = retryAfter;
	}

	/** What Graph's last {@code Retry-After} said, or null when it said nothing. */
	public Duration retryAfter() {
		return this.retryAfter;
	}

}
