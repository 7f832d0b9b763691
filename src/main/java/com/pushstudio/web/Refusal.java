package com.pushstudio.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * A request refused before its body is read, answered right here in plain words. Not
 * through the error page: its dispatch runs the filters again, and one asking for a
 * parameter would make Tomcat read, and store, the very body being refused.
 */
final class Refusal {

	private Refusal() {
	}

	static void send(HttpServletResponse response, HttpStatus status, String message) throws IOException {
		response.setStatus(status.value());
		// The connection goes too: Tomcat would otherwise read the body to reuse it.
		response.setHeader(HttpHeaders.CONNECTION, "close");
		response.setContentType(MediaType.TEXT_PLAIN_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(message);
		response.flushBuffer();
	}

}
