package com.pushstudio.account;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Sends a failed sign-in to a page that says what happened and what to do next, instead
 * of Spring's login page. The problem travels in the session, so the page's address
 * carries nothing from the identity provider.
 */
@Component
class SignInFailureHandler implements AuthenticationFailureHandler {

	static final String SESSION_ATTRIBUTE = SignInProblem.class.getName();

	private static final Logger logger = LoggerFactory.getLogger(SignInFailureHandler.class);

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		SignInProblem problem = SignInProblem.of(exception);
		// Error codes only: descriptions from an identity provider are not ours to vouch
		// for.
		logger.info("Sign-in failed: {} (error {}, AADSTS {})", problem.kind(), problem.errorCode(),
				problem.aadstsCode());
		request.getSession().setAttribute(SESSION_ATTRIBUTE, problem);
		response.sendRedirect(request.getContextPath() + "/signin/problem");
	}

}
