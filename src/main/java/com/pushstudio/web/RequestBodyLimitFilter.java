package com.pushstudio.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Refuses a body above the small limit from its declared length, before anyone reads it
 * (Tomcat spools a multipart body to disk as soon as a parameter is asked for). A
 * multipart body without a declared length is refused outside the large endpoints too:
 * browsers always declare one for forms, and only a declared length can be refused
 * unread. Other bodies of undeclared length (a streamed JSON request) pass: Tomcat bounds
 * a form by {@code server.tomcat.max-http-form-post-size}, and JSON is no spooled file.
 */
class RequestBodyLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;

	private final List<Large> large;

	RequestBodyLimitFilter(DataSize maxRequestSize, List<LargeRequestBody> large) {
		this.maxBytes = maxRequestSize.toBytes();
		this.large = large.stream()
			.map((body) -> new Large(body.method(), PathPatternParser.defaultInstance.parse(body.pathPattern()),
					(body.maxSize() != null) ? body.maxSize().toBytes() : Long.MAX_VALUE))
			.toList();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		boolean undeclared = length < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null
				&& request.getContentType() != null
				&& request.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
		Large large = large(request);
		boolean refused = (large != null) ? length > large.maxBytes() : (length > this.maxBytes || undeclared);
		if (refused) {
			if (undeclared) {
				Refusal.send(response, HttpStatus.LENGTH_REQUIRED,
						"Push Studio takes a request body here only with its length declared.");
			}
			else {
				Refusal.send(response, HttpStatus.CONTENT_TOO_LARGE,
						"This request is larger than " + describe((large != null) ? large.maxBytes() : this.maxBytes)
								+ ", the most Push Studio takes here. For a sample, use the first rows of the file.");
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private static String describe(long bytes) {
		return (bytes % (1024 * 1024) == 0) ? (bytes / (1024 * 1024)) + " MB" : String.format("%,d bytes", bytes);
	}

	private Large large(HttpServletRequest request) {
		PathContainer path = PathContainer
			.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
		return this.large.stream()
			.filter((body) -> body.method().equalsIgnoreCase(request.getMethod()) && body.pattern().matches(path))
			.findFirst()
			.orElse(null);
	}

	/** {@code maxBytes} is {@link Long#MAX_VALUE} where the multipart limit bounds it. */
	private record Large(String method, PathPattern pattern, long maxBytes) {
	}

}
