package com.pushstudio.web;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A short id that ties what a user is told to the log entry with the whole exception: the
 * user reads the id, never the exception's own text.
 */
public final class ErrorReference {

	private static final SecureRandom RANDOM = new SecureRandom();

	private ErrorReference() {
	}

	/** Eight hexadecimal digits, e.g. {@code 3f9a01c2}. */
	public static String next() {
		byte[] bytes = new byte[4];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

}
