package com.pushstudio.graph;

/**
 * Graph refused or failed a call; the message says what to do, never a token.
 */
public class GraphException extends RuntimeException {

	private final int status;

	public GraphException(String message, int status) {
		super(message);
		this.status = status;
	}

	public GraphException(String message, int status, Throwable cause) {
		super(message, cause);
		this.status = status;
	}

	/** The HTTP status Graph answered, or 0 when none came. */
	public int status() {
		return this.status;
	}

}
