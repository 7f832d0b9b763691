package com.pushstudio.sandbox.graph;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Runs before every Graph request: the {@code request-id} and {@code client-request-id}
 * headers Graph answers with (ids support asks for), then the token, then the throttle
 * fault (a throttled request changes nothing).
 */
class GraphRequestInterceptor implements HandlerInterceptor {

	private static final String REQUEST_ID = GraphRequestInterceptor.class.getName() + ".requestId";

	private final GraphTokens tokens;

	private final GraphFaults faults;

	GraphRequestInterceptor(GraphTokens tokens, GraphFaults faults) {
		this.tokens = tokens;
		this.faults = faults;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		response.setHeader("request-id", requestId(request));
		response.setHeader("client-request-id", clientRequestId(request));
		this.tokens.verify(request.getHeader(HttpHeaders.AUTHORIZATION));
		switch (this.faults.next(request.getRequestURI())) {
			case THROTTLED -> throw GraphApiException.throttled(this.faults.retryAfter());
			case UNAVAILABLE -> throw GraphApiException.unavailable(this.faults.retryAfter());
			case NONE -> {
			}
		}
		return true;
	}

	static String requestId(HttpServletRequest request) {
		Object id = request.getAttribute(REQUEST_ID);
		if (id == null) {
			id = UUID.randomUUID().toString();
			request.setAttribute(REQUEST_ID, id);
		}
		return id.toString();
	}

	/**
	 * The caller's own id when it sent a GUID, as Graph echoes it; else the request's.
	 */
	static String clientRequestId(HttpServletRequest request) {
		String sent = request.getHeader("client-request-id");
		if (StringUtils.hasText(sent) && sent.matches("[0-9a-fA-F-]{36}")) {
			return sent;
		}
		return requestId(request);
	}

}
