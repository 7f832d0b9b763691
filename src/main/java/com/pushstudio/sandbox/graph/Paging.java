package com.pushstudio.sandbox.graph;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Page sizes: the client's {@code $top} up to the sandbox's maximum, else the default
 * ("Paging Microsoft Graph data in your app": the server may page with fewer).
 */
final class Paging {

	private Paging() {
	}

	static int size(String top, SandboxGraphProperties properties) {
		if (top == null) {
			return properties.pageSize();
		}
		try {
			int asked = Integer.parseInt(top.trim());
			if (asked < 1) {
				throw GraphApiException.invalidRequest("Invalid value for $top: it must be a positive number.");
			}
			return Math.min(asked, properties.maxPageSize());
		}
		catch (NumberFormatException ex) {
			throw GraphApiException.invalidRequest("Invalid value for $top: it must be a positive number.");
		}
	}

	/** A {@code $skiptoken} this sandbox made: a position; anything else is a 400. */
	static long skip(String skipToken) {
		if (skipToken == null) {
			return 0;
		}
		try {
			long after = Long.parseLong(new String(Base64.getUrlDecoder().decode(skipToken), StandardCharsets.UTF_8));
			if (after < 0) {
				throw new NumberFormatException();
			}
			return after;
		}
		catch (IllegalArgumentException ex) {
			throw GraphApiException.invalidRequest("Invalid $skiptoken.");
		}
	}

	static String skipToken(long after) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(String.valueOf(after).getBytes(StandardCharsets.UTF_8));
	}

}
