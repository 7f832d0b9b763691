package com.pushstudio.powerbi;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads Power BI's error answers, {@code {"error":{"code","message","details"}}} or the
 * bare {@code {"message"}} of throttling, and turns them into typed exceptions.
 */
final class PowerBiErrors {

	private final JsonMapper json;

	PowerBiErrors(JsonMapper json) {
		this.json = json;
	}

	/**
	 * Power BI answers an expired token with 403 {@code TokenExpired}, not only 401; both
	 * are worth one refresh.
	 */
	boolean tokenRejected(PowerBiAnswer answer) {
		return answer.status() == 401 || (answer.status() == 403 && parse(answer).hasCode("TokenExpired"));
	}

	PowerBiException toException(PowerBiCall call, PowerBiAnswer answer) {
		PowerBiError error = parse(answer);
		int status = answer.status();
		if (error.hasCode("FeatureDeprecatedError")) {
			return new PushDatasetsRetiredException(error);
		}
		if (status >= 400 && status < 500 && error.messageContains("is not Push API dataset")) {
			return new NotPushDatasetException(error);
		}
		if (tokenRejected(answer)) {
			return new PowerBiException("Power BI did not accept your sign-in, even renewed; sign in again.", error);
		}
		return switch (status) {
			case 403 -> new PowerBiPermissionException(call.scope(), error);
			case 404 -> new PowerBiNotFoundException(error);
			case 429 -> new PowerBiThrottledException(retryAfter(answer), error);
			default -> (status >= 500) ? new PowerBiServerException(error) : new PowerBiException(
					"Power BI refused the request" + ((error.message() != null) ? ": " + error.message() : "."), error);
		};
	}

	PowerBiError parse(PowerBiAnswer answer) {
		String requestId = answer.headers().getFirst("RequestId");
		JsonNode root = readTree(answer.body());
		if (root == null) {
			String text = new String(answer.body(), StandardCharsets.UTF_8).strip();
			return new PowerBiError(answer.status(), null, text.isEmpty() ? null : abbreviate(text), List.of(),
					requestId);
		}
		JsonNode error = root.has("error") ? root.get("error") : root;
		String code = text(error, "code");
		if (code == null) {
			code = text(error.path("pbi.error"), "code");
		}
		List<String> details = new ArrayList<>();
		for (JsonNode detail : error.path("details")) {
			String target = text(detail, "target");
			String message = text(detail, "message");
			details.add((target != null) ? target + ": " + message : message);
		}
		// ASP.NET's own answers (an unknown route, calvinchengx/fabric-emulator#497)
		// spell it
		// {"Message": ...}, with no error wrapper.
		String message = text(error, "message");
		if (message == null) {
			message = text(error, "Message");
		}
		return new PowerBiError(answer.status(), code, message, details, requestId);
	}

	/**
	 * {@code Retry-After} as HTTP allows it: a number of seconds, or an HTTP date, which
	 * is read against the answer's own {@code Date} header (so a skewed local clock does
	 * not matter) and against now only when that is missing. {@code null} when absent or
	 * unreadable; a date in the past is no wait at all.
	 */
	static Duration retryAfter(PowerBiAnswer answer) {
		String value = answer.headers().getFirst("Retry-After");
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			long seconds = Long.parseLong(value.strip());
			return (seconds >= 0) ? Duration.ofSeconds(seconds) : null;
		}
		catch (NumberFormatException ex) {
			Instant until = httpDate(value);
			if (until == null) {
				return null;
			}
			Instant sent = httpDate(answer.headers().getFirst("Date"));
			Duration wait = Duration.between((sent != null) ? sent : Instant.now(), until);
			return wait.isNegative() ? Duration.ZERO : wait;
		}
	}

	private static Instant httpDate(String value) {
		if (value == null) {
			return null;
		}
		try {
			return DateTimeFormatter.RFC_1123_DATE_TIME.parse(value.strip(), Instant::from);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private JsonNode readTree(byte[] body) {
		if (body.length == 0) {
			return null;
		}
		try {
			JsonNode tree = this.json.readTree(body);
			return (tree != null && tree.isObject()) ? tree : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value != null && value.isValueNode() && !value.isNull()) ? value.asString() : null;
	}

	private static String abbreviate(String text) {
		return (text.length() <= 300) ? text : text.substring(0, 300) + "...";
	}

}
