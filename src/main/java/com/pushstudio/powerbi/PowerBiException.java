package com.pushstudio.powerbi;

import java.util.List;

/**
 * A Power BI call failed. Carries what Power BI said (never the access token) and a
 * message fit to show the user. Subclasses say what the caller can do about it.
 */
public class PowerBiException extends RuntimeException {

	private final PowerBiError error;

	private final String userMessage;

	PowerBiException(String userMessage, PowerBiError error) {
		this(userMessage, error, null);
	}

	PowerBiException(String userMessage, PowerBiError error, Throwable cause) {
		super(describe(userMessage, error), cause);
		this.userMessage = userMessage;
		this.error = error;
	}

	/** The HTTP status, or 0 when no answer arrived. */
	public int status() {
		return this.error.status();
	}

	/**
	 * Power BI's error code, e.g. {@code ItemNotFound}; {@code null} when none was given.
	 */
	public String errorCode() {
		return this.error.code();
	}

	/** Power BI's own message; {@code null} when none was given. */
	public String errorMessage() {
		return this.error.message();
	}

	/** Power BI's error details, each as {@code target: message}. */
	public List<String> details() {
		return this.error.details();
	}

	/** The {@code RequestId} response header, for Microsoft support. */
	public String requestId() {
		return this.error.requestId();
	}

	/** What to tell the user, in plain words. */
	public String userMessage() {
		return this.userMessage;
	}

	/** Whether the same call may succeed if made again later. */
	public boolean retryable() {
		return false;
	}

	private static String describe(String userMessage, PowerBiError error) {
		StringBuilder text = new StringBuilder(userMessage);
		if (error.status() != 0) {
			text.append(" [HTTP ").append(error.status());
			if (error.code() != null) {
				text.append(' ').append(error.code());
			}
			if (error.message() != null) {
				text.append(": ").append(error.message());
			}
			error.details().forEach((detail) -> text.append("; ").append(detail));
			if (error.requestId() != null) {
				text.append(", RequestId ").append(error.requestId());
			}
			text.append(']');
		}
		return text.toString();
	}

}
