package com.pushstudio.sandbox.powerbi;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
			throws InterruptedException {
		if (!(handler instanceof HandlerMethod method)) {
			return true;
		}
		PowerBiOperation operation = method.getMethodAnnotation(PowerBiOperation.class);
		if (operation == null) {
			return true;
		}
		SandboxCaller caller = this.tokens.verify(request.getHeader(HttpHeaders.AUTHORIZATION));
		if (!caller.hasAnyScope(operation.scopes())) {
			throw PowerBiApiException.forbidden("PowerBINotAuthorizedException",
					"The access token lacks the scope " + String.join(" or ", operation.scopes()) + ".");
		}
		request.setAttribute(SandboxCaller.ATTRIBUTE, caller);
		if (this.faults.inScope(operation.postRows())) {
			injectFaults();
		}
		return true;
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
