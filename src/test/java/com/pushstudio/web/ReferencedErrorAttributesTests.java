package com.pushstudio.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request that failed on an exception gets a reference for the page, never the
 * exception's text; the log carries both.
 */
class ReferencedErrorAttributesTests {

	private final ReferencedErrorAttributes attributes = new ReferencedErrorAttributes();

	@Test
	void aServerErrorGetsAReferenceAndNotTheExceptionsText() {
		Map<String, Object> model = this.attributes.getErrorAttributes(
				failed(500, new IllegalStateException("/srv/data/uploads/secret.csv is gone")),
				ErrorAttributeOptions.defaults());

		assertThat(model.get("reference")).asString().matches("[0-9a-f]{8}");
		assertThat(model.values()).noneMatch((value) -> String.valueOf(value).contains("secret.csv"));
	}

	@Test
	void aRefusalThatIsNoServerErrorGetsNoReference() {
		Map<String, Object> model = this.attributes.getErrorAttributes(
				failed(404, new IllegalArgumentException("no such upload")), ErrorAttributeOptions.defaults());

		assertThat(model).doesNotContainKey("reference");
	}

	private static ServletWebRequest failed(int status, Exception error) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
		request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, error);
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/uploads/1");
		return new ServletWebRequest(request);
	}

}
