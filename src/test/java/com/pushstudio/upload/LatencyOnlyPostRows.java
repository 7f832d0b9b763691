package com.pushstudio.upload;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * For the push benchmark: a Power BI whose Post Rows costs nothing but its latency. It
 * answers in front of the sandbox, which would store every row in its database on the
 * same cores as the application, and so measure that database rather than the pushing. It
 * keeps Power BI's five pending requests (a sixth is a 429) and notes each row's
 * {@code Id}, so that the run can still tell whether every row arrived once.
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
final class LatencyOnlyPostRows extends OncePerRequestFilter {

	private static final int PENDING = 5;

	private final Duration latency;

	private final Map<String, AtomicInteger> pending = new ConcurrentHashMap<>();

	/** Every body received, to be read when the run asks: bounded by the run's file. */
	private final List<byte[]> bodies = new ArrayList<>();

	private final BitSet ids = new BitSet();

	private long rows;

	private long repeated;

	LatencyOnlyPostRows(Duration latency) {
		this.latency = latency;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!"POST".equals(request.getMethod()) || !request.getRequestURI().endsWith("/rows")) {
			chain.doFilter(request, response);
			return;
		}
		long arrived = System.nanoTime();
		AtomicInteger slots = this.pending.computeIfAbsent(request.getRequestURI(), (uri) -> new AtomicInteger());
		try {
			if (slots.incrementAndGet() > PENDING) {
				response.setHeader("Retry-After", "1");
				response.setStatus(429);
				return;
			}
			byte[] body = request.getInputStream().readAllBytes();
			synchronized (this.bodies) {
				this.bodies.add(body);
			}
			// The latency is the request's whole time here, as the floor counts it: the
			// rows are read only when the run asks, off the requests' path.
			long left = this.latency.toNanos() - (System.nanoTime() - arrived);
			if (left > 0) {
				Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
			}
			response.setStatus(200);
			response.flushBuffer();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			response.setStatus(503);
		}
		finally {
			slots.decrementAndGet();
		}
	}

	private void readBodies() {
		List<byte[]> unread;
		synchronized (this.bodies) {
			unread = new ArrayList<>(this.bodies);
			this.bodies.clear();
		}
		unread.forEach(this::note);
	}

	private void note(byte[] body) {
		try (JsonParser parser = BatchWriter.JSON.createParser(body)) {
			JsonToken token;
			while ((token = parser.nextToken()) != null) {
				if (token == JsonToken.PROPERTY_NAME && "Id".equals(parser.currentName())) {
					parser.nextToken();
					int id = parser.getIntValue();
					synchronized (this) {
						this.rows++;
						if (this.ids.get(id)) {
							this.repeated++;
						}
						this.ids.set(id);
					}
				}
			}
		}
	}

	/** Whether ids 1 to {@code rows} each arrived once, and nothing else. */
	synchronized boolean eachOnce(int rows) {
		readBodies();
		return this.rows == rows && this.repeated == 0 && this.ids.cardinality() == rows && this.ids.nextSetBit(0) == 1
				&& this.ids.previousSetBit(Integer.MAX_VALUE - 1) == rows;
	}

	/** Forgets the rows seen so far: those of a warm-up upload. */
	synchronized void forget() {
		readBodies();
		this.ids.clear();
		this.rows = 0;
		this.repeated = 0;
	}

	synchronized long rows() {
		readBodies();
		return this.rows;
	}

}
