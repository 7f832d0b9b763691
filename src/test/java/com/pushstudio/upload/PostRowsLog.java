package com.pushstudio.upload;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;

/**
 * What the sandbox saw of Post Rows: when each request arrived and how it was answered.
 * Arrival is the nearest a filter gets to the moment the sandbox's limiter counts it.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
final class PostRowsLog extends OncePerRequestFilter {

	/**
	 * @param path the request's path, which names the dataset
	 * @param rows how many rows its body held
	 */
	record Request(String path, long arrivedNanos, long answeredNanos, int status, int rows) {

		boolean overlaps(Request other) {
			return this.arrivedNanos < other.answeredNanos && other.arrivedNanos < this.answeredNanos;
		}

	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final List<Seen> requests = new ArrayList<>();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!"POST".equals(request.getMethod()) || !request.getRequestURI().endsWith("/rows")) {
			chain.doFilter(request, response);
			return;
		}
		long arrived = System.nanoTime();
		ContentCachingRequestWrapper body = new ContentCachingRequestWrapper(request, Integer.MAX_VALUE);
		try {
			chain.doFilter(body, response);
		}
		finally {
			long answered = System.nanoTime();
			// Rows are counted when asked: parsing a body here would delay the answer.
			synchronized (this.requests) {
				this.requests.add(new Seen(request.getRequestURI(), arrived, answered, response.getStatus(),
						body.getContentAsByteArray()));
			}
		}
	}

	private static int rows(byte[] body) {
		try {
			return JSON.readTree(body).path("rows").size();
		}
		catch (RuntimeException ex) {
			return 0;
		}
	}

	/** Those to one dataset, in order of arrival. */
	List<Request> requests(String datasetId) {
		return requests().stream()
			.filter((request) -> request.path().contains("/datasets/" + datasetId + "/"))
			.toList();
	}

	/**
	 * The most requests to the dataset that the sandbox held at once: Power BI's pending
	 * requests, as near as a filter sees them.
	 */
	int mostAtOnce(String datasetId) {
		List<Request> requests = requests(datasetId);
		int most = 0;
		for (Request request : requests) {
			// At its arrival, the requests that arrived before it and were not yet
			// answered.
			int atOnce = 0;
			for (Request other : requests) {
				if (other.arrivedNanos() <= request.arrivedNanos() && other.answeredNanos() > request.arrivedNanos()) {
					atOnce++;
				}
			}
			most = Math.max(most, atOnce);
		}
		return most;
	}

	/** In order of arrival. */
	List<Request> requests() {
		List<Seen> seen;
		synchronized (this.requests) {
			seen = new ArrayList<>(this.requests);
		}
		return seen.stream()
			.sorted((a, b) -> Long.compare(a.arrivedNanos(), b.arrivedNanos()))
			.map((request) -> new Request(request.path(), request.arrivedNanos(), request.answeredNanos(),
					request.status(), rows(request.body())))
			.toList();
	}

	private record Seen(String path, long arrivedNanos, long answeredNanos, int status, byte[] body) {
	}

}
