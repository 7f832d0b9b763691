package com.pushstudio.sandbox.graph;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every refusal of the sandbox Graph API in Graph's error JSON ("Microsoft Graph error
 * responses and resource types"):
 * {@code {"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}}.
 * Global, for refusals of the interceptor before a handler was found; it handles only its
 * own exception.
 */
@RestControllerAdvice
class GraphErrorHandler {

	private final Clock clock;

	GraphErrorHandler(GraphClock clock) {
		this.clock = clock.clock();
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> refused(GraphApiException ex, HttpServletRequest request) {
		var answer = ResponseEntity.status(ex.status());
		if (ex.retryAfterSeconds() != null) {
			answer.header(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfterSeconds()));
		}
		if (ex.location() != null) {
			answer.header(HttpHeaders.LOCATION, ex.location());
		}
		if (ex.status() == HttpStatus.UNAUTHORIZED) {
			answer.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		}
		return answer.body(body(ex.code(), ex.getMessage(), request));
	}

	private Map<String, Object> body(String code, String message, HttpServletRequest request) {
		Map<String, Object> inner = new LinkedHashMap<>();
		inner.put("date", this.clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
		inner.put("request-id", GraphRequestInterceptor.requestId(request));
		inner.put("client-request-id", GraphRequestInterceptor.clientRequestId(request));
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("code", code);
		error.put("message", message);
		error.put("innerError", inner);
		return Map.of("error", error);
	}

}
