package com.pushstudio.sandbox.powerbi;

import java.time.Duration;
import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A refusal of the sandbox Power BI API, answered as Power BI's error JSON. The factory
 * methods carry the codes and texts the real service uses where they are known.
 */
class PowerBiApiException extends RuntimeException {

	private final HttpStatus status;

	private final String code;

	private final List<PowerBiError.Detail> details;

	private final Duration retryAfter;

	PowerBiApiException(HttpStatus status, String code, String message, List<PowerBiError.Detail> details,
			Duration retryAfter) {
		super(message);
		this.status = status;
		this.code = code;
		this.details = details;
		this.retryAfter = retryAfter;
	}

	static PowerBiApiException badRequest(String message, String target) {
		return badRequest(List.of(new PowerBiError.Detail(message, target)));
	}

	static PowerBiApiException badRequest(List<PowerBiError.Detail> details) {
		return new PowerBiApiException(HttpStatus.BAD_REQUEST, "BadRequest", "Bad Request", details, null);
	}

	static PowerBiApiException notFound(String message) {
		return new PowerBiApiException(HttpStatus.NOT_FOUND, "ItemNotFound", message, List.of(), null);
	}

	static PowerBiApiException notAuthorized(String message) {
		return new PowerBiApiException(HttpStatus.UNAUTHORIZED, "PowerBINotAuthorizedException", message, List.of(),
				null);
	}

	static PowerBiApiException forbidden(String code, String message) {
		return new PowerBiApiException(HttpStatus.FORBIDDEN, code, message, List.of(), null);
	}

	static PowerBiApiException tooManyRequests(String message, Duration retryAfter) {
		return new PowerBiApiException(HttpStatus.TOO_MANY_REQUESTS, "TooManyRequests", message, List.of(), retryAfter);
	}

	HttpStatus status() {
		return this.status;
	}

	String code() {
		return this.code;
	}

	List<PowerBiError.Detail> details() {
		return this.details;
	}

	/** Seconds for the Retry-After header, or null. */
	Long retryAfterSeconds() {
		if (this.retryAfter == null) {
			return null;
		}
		return Math.max(1, (this.retryAfter.toMillis() + 999) / 1000);
	}

}
