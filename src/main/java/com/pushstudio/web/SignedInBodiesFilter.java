package com.pushstudio.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No page takes a body from someone not signed in, so such a request is refused before
 * its body is read. It sits just before the CSRF filter, which reads {@code _csrf} as a
 * parameter: on a multipart request that alone makes Tomcat store the whole body.
 */
class SignedInBodiesFilter extends OncePerRequestFilter {

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean body = request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
		if (body && !this.trust.isAuthenticated(SecurityContextHolder.getContext().getAuthentication())) {
			Refusal.send(response, HttpStatus.FORBIDDEN,
					"Sign in first: Push Studio takes forms and files only from someone signed in.");
			return;
		}
		chain.doFilter(request, response);
	}

}
