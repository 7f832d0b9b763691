package com.pushstudio.sandbox.powerbi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

import org.springframework.stereotype.Component;

/**
 * The per-dataset Post Rows limits: requests per minute, requests per hour once a table
 * is big, rows per hour, and pending requests. Kept in memory (a restart forgets them, as
 * a new hour would). Over a limit is a 429 with Retry-After.
 */
@Component
class PushLimiter {

	private final SandboxPowerBiProperties.Limits limits;

	private final Clock clock;

	private final Map<String, Windows> windows = new ConcurrentHashMap<>();

	private final Map<String, Semaphore> pending = new ConcurrentHashMap<>();

	PushLimiter(SandboxPowerBiProperties properties, SandboxClock clock) {
		this.limits = properties.limits();
		this.clock = clock.clock();
	}

	/** A slot among the pending requests of a dataset; close it when the request ends. */
	Slot enter(String datasetId) {
		Semaphore slots = this.pending.computeIfAbsent(datasetId, (id) -> new Semaphore(this.limits.pendingRequests()));
		if (!slots.tryAcquire()) {
			throw PowerBiApiException.tooManyRequests("Too many pending POST rows requests for dataset " + datasetId
					+ "; at most " + this.limits.pendingRequests() + " at a time.", Duration.ofSeconds(1));
		}
		return slots::release;
	}

	/** Counts a request of {@code rows} rows, or refuses it without counting it. */
	void admit(String datasetId, int rows, long tableRows) {
		this.windows.computeIfAbsent(datasetId, (id) -> new Windows()).admit(rows, tableRows, this.clock.instant());
	}

	/** A pending request; closing it frees the slot. */
	interface Slot extends AutoCloseable {

		@Override
		void close();

	}

	private final class Windows {

		private final SlidingWindow requests = new SlidingWindow(PushLimiter.this.limits.requestWindow());

		private final SlidingWindow bigTableRequests = new SlidingWindow(PushLimiter.this.limits.bigTableWindow());

		private final SlidingWindow rows = new SlidingWindow(PushLimiter.this.limits.rowsWindow());

		synchronized void admit(int rowCount, long tableRows, Instant now) {
			var limits = PushLimiter.this.limits;
			refuseIfWaiting(this.requests.waitFor(1, limits.requestsPerWindow(), now),
					"More than " + limits.requestsPerWindow() + " POST rows requests per " + limits.requestWindow()
							+ " for this dataset.");
			if (tableRows >= limits.bigTableRows()) {
				refuseIfWaiting(this.bigTableRequests.waitFor(1, limits.bigTableRequestsPerWindow(), now),
						"The table holds " + limits.bigTableRows() + " rows or more: at most "
								+ limits.bigTableRequestsPerWindow() + " POST rows requests per "
								+ limits.bigTableWindow() + ".");
			}
			refuseIfWaiting(this.rows.waitFor(rowCount, limits.rowsPerWindow(), now),
					"Maximum number of rows exceeded in time window. Please retry later");
			this.requests.take(1, now);
			this.bigTableRequests.take(1, now);
			this.rows.take(rowCount, now);
		}

		private static void refuseIfWaiting(Duration wait, String message) {
			if (!wait.isZero() && !wait.isNegative()) {
				throw PowerBiApiException.tooManyRequests(message, wait);
			}
		}

	}

}
