package com.pushstudio.sandbox.graph;

import java.time.Duration;

import org.springframework.http.HttpStatus;

/**
 * A refusal of the sandbox Graph API, answered in Graph's error JSON with the codes of
 * "Microsoft Graph error responses and resource types".
 */
class GraphApiException extends RuntimeException {

	private final HttpStatus status;

	private final String code;

	private final Duration retryAfter;

	private final String location;

	GraphApiException(HttpStatus status, String code, String message, Duration retryAfter, String location) {
		super(message);
		this.status = status;
		this.code = code;
		this.retryAfter = retryAfter;
		this.location = location;
	}

	static GraphApiException notFound(String message) {
		return new GraphApiException(HttpStatus.NOT_FOUND, "itemNotFound", message, null, null);
	}

	static GraphApiException invalidRequest(String message) {
		return new GraphApiException(HttpStatus.BAD_REQUEST, "invalidRequest", message, null, null);
	}

	static GraphApiException unauthenticated(String message) {
		return new GraphApiException(HttpStatus.UNAUTHORIZED, "InvalidAuthenticationToken", message, null, null);
	}

	static GraphApiException accessDenied(String message) {
		return new GraphApiException(HttpStatus.FORBIDDEN, "accessDenied", message, null, null);
	}

	/**
	 * "Microsoft Graph throttling guidance": 429 with Retry-After in seconds, code and
	 * message as its example shows them.
	 */
	static GraphApiException throttled(Duration retryAfter) {
		return new GraphApiException(HttpStatus.TOO_MANY_REQUESTS, "TooManyRequests", "Please retry again later.",
				retryAfter, null);
	}

	/**
	 * 503 with Retry-After, which "Microsoft Graph throttling guidance" says Graph may
	 * also answer; code {@code serviceNotAvailable} from "Microsoft Graph error responses
	 * and resource types".
	 */
	static GraphApiException unavailable(Duration retryAfter) {
		return new GraphApiException(HttpStatus.SERVICE_UNAVAILABLE, "serviceNotAvailable",
				"The service is temporarily unavailable.", retryAfter, null);
	}

	/**
	 * "listItem: delta" (and "driveItem: delta", which names the codes): 410 Gone with a
	 * Location header holding a link that starts a fresh enumeration.
	 */
	static GraphApiException resync(String location) {
		return new GraphApiException(HttpStatus.GONE, "resyncChangesApplyDifferences",
				"The delta token is no longer valid; start over from the link in the Location header.", null, location);
	}

	HttpStatus status() {
		return this.status;
	}

	String code() {
		return this.code;
	}

	String location() {
		return this.location;
	}

	/** Whole seconds for the Retry-After header, at least 0; or null. */
	Long retryAfterSeconds() {
		return (this.retryAfter != null) ? Math.max(0, (this.retryAfter.toMillis() + 999) / 1000) : null;
	}

}
