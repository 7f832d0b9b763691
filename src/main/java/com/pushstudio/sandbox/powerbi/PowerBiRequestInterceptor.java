package com.pushstudio.sandbox.powerbi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Runs before every Power BI operation: token, scope, then the injected faults that hit
 * before anything is applied (latency, 429, 5xx).
 */
class PowerBiRequestInterceptor implements HandlerInterceptor {

	private final BearerTokens tokens;

	private final SandboxFaults faults;

	PowerBiRequestInterceptor(BearerTokens tokens, SandboxFaults faults) {
		this.tokens = tokens;
		this.faults = faults;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws InterruptedException, IOException {
		if (!(handler instanceof HandlerMethod method)) {
			return true;
		}
		PowerBiOperation operation = method.getMethodAnnotation(PowerBiOperation.class);
		if (operation == null) {
			return true;
		}
		SandboxCaller caller = this.tokens.verify(request.getHeader(HttpHeaders.AUTHORIZATION));
		if (caller.app()) {
			if (!inWorkspace(request)) {
				refuseApp(response);
				return false;
			}
		}
		else if (!caller.hasAnyScope(operation.scopes())) {
			throw PowerBiApiException.forbidden("PowerBINotAuthorizedException",
					"The access token lacks the scope " + String.join(" or ", operation.scopes()) + ".");
		}
		request.setAttribute(SandboxCaller.ATTRIBUTE, caller);
		if (this.faults.inScope(operation.postRows())) {
			injectFaults();
		}
		return true;
	}

	/**
	 * A service principal's token needs no scope ("Scopes are not required if you're
	 * using a service principal", Power BI REST API reference), but "My workspace isn't
	 * supported when using service principal" (powerbi-docs
	 * {@code developer/embedded/embed-service-principal.md}): only Get Groups and the
	 * {@code groups/{groupId}} forms are theirs.
	 */
	private static boolean inWorkspace(HttpServletRequest request) {
		Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		return pattern != null && pattern.toString().contains("/groups");
	}

	/**
	 * What Power BI answers a service principal on an API that is not for applications,
	 * {@code {"Message":"API is not accessible for application"}} (observed, a Stack
	 * Exchange question on {@code GET /v1.0/myorg/apps}); its status there is not shown,
	 * and 401 is assumed.
	 */
	private static void refuseApp(HttpServletResponse response) throws IOException {
		response.setStatus(HttpStatus.UNAUTHORIZED.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write("{\"Message\":\"API is not accessible for application\"}");
	}

	private void injectFaults() throws InterruptedException {
		Duration latency = this.faults.latency();
		if (!latency.isZero()) {
			Thread.sleep(latency.toMillis());
		}
		if (this.faults.throttleNow()) {
			throw PowerBiApiException.tooManyRequests(
					"You have exceeded the amount of requests allowed in the current time frame and further requests will fail.",
					this.faults.retryAfter());
		}
		if (this.faults.serverErrorNow()) {
			throw new PowerBiApiException(HttpStatus.INTERNAL_SERVER_ERROR, "InternalServerError",
					"An internal error occurred (injected by the sandbox).", java.util.List.of(), null);
		}
	}

}
