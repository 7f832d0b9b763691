package com.pushstudio.graph;

import java.time.Duration;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns Graph's error answers, {@code {"error":{"code","message","innerError"}}} (doc
 * "Microsoft Graph error responses and resource types"), into typed exceptions whose
 * messages carry Graph's code and a bounded message, never the body as it came.
 */
final class GraphErrors {

	static final int MAX_MESSAGE = 300;

	private final JsonMapper json;

	GraphErrors(JsonMapper json) {
		this.json = json;
	}

	GraphException toException(String what, GraphAnswer answer) {
		String detail = detail(answer);
		return switch (answer.status()) {
			case 401 -> new GraphException("Microsoft Graph did not accept the SharePoint sign-in, even renewed"
					+ detail + ". Allow Push Studio to read SharePoint sites again.", 401);
			case 403 -> new GraphPermissionException("Microsoft Graph refused access to " + what + detail
					+ ": reading SharePoint needs the Sites.Read.All permission and access to the site.");
			case 404 -> new GraphNotFoundException("Microsoft Graph did not find " + what + detail + ".");
			case 410 -> new GraphResyncRequiredException("Microsoft Graph can no longer tell what changed" + detail
					+ "; read the list again from the start.", answer.headers().getFirst("Location"));
			default -> new GraphException("Microsoft Graph refused the request for " + what + " (HTTP "
					+ answer.status() + ")" + detail + ".", answer.status());
		};
	}

	/**
	 * {@code Retry-After} in seconds, as Graph sends it (doc "Microsoft Graph throttling
	 * guidance"); null when absent or not a number.
	 */
	static Duration retryAfter(GraphAnswer answer) {
		String value = answer.headers().getFirst("Retry-After");
		if (value == null) {
			return null;
		}
		try {
			long seconds = Long.parseLong(value.strip());
			return (seconds >= 0) ? Duration.ofSeconds(seconds) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** ": code: message" from the error body, bounded and on one line; "" when none. */
	private String detail(GraphAnswer answer) {
		JsonNode error = readError(answer.body());
		if (error == null) {
			return "";
		}
		String code = text(error.get("code"));
		String message = text(error.get("message"));
		StringBuilder detail = new StringBuilder();
		if (code != null) {
			detail.append(" (").append(code).append(")");
		}
		if (message != null) {
			detail.append(": ").append(message);
		}
		return detail.toString();
	}

	private JsonNode readError(byte[] body) {
		if (body.length == 0) {
			return null;
		}
		try {
			JsonNode error = this.json.readTree(body).get("error");
			return (error != null && error.isObject()) ? error : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static String text(JsonNode node) {
		if (node == null || !node.isString()) {
			return null;
		}
		String text = node.asString().replaceAll("\\p{Cntrl}+", " ").strip();
		if (text.isEmpty()) {
			return null;
		}
		return (text.length() <= MAX_MESSAGE) ? text : text.substring(0, MAX_MESSAGE) + "...";
	}

}
