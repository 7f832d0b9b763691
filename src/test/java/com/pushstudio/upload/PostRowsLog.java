package com.pushstudio.upload;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What the sandbox saw of Post Rows: when each request arrived and how it was answered.
 * Arrival is the nearest a filter gets to the moment the sandbox's limiter counts it.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
final class PostRowsLog extends OncePerRequestFilter {

	record Request(long arrivedNanos, long answeredNanos, int status) {
	}

	private final List<Request> requests = new ArrayList<>();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!"POST".equals(request.getMethod()) || !request.getRequestURI().endsWith("/rows")) {
			chain.doFilter(request, response);
			return;
		}
		long arrived = System.nanoTime();
		try {
			chain.doFilter(request, response);
		}
		finally {
			synchronized (this.requests) {
				this.requests.add(new Request(arrived, System.nanoTime(), response.getStatus()));
			}
		}
	}

	/** In order of arrival. */
	List<Request> requests() {
		synchronized (this.requests) {
			List<Request> copy = new ArrayList<>(this.requests);
			copy.sort((a, b) -> Long.compare(a.arrivedNanos(), b.arrivedNanos()));
			return copy;
		}
	}

}
