package com.pushstudio.upload;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps each dataset within Power BI's documented Post Rows limits, so that 429s do not
 * happen in normal use. A sliding-window log per dataset (not a token bucket) because the
 * page must say which limit holds a batch back and until when, and the big-table rule
 * switches windows on the table's size.
 *
 * <p>
 * Power BI counts a request at some moment between its sending and its answer, which we
 * cannot see. So a request counts here from the moment it is sent, while in flight, and
 * until a window after its answer: whichever moment Power BI picked, no window of Power
 * BI's holds more requests or rows than the limit.
 */
final class PushPacer {

	private final UploadProperties.Limits limits;

	private final Clock clock;

	private final Map<String, DatasetLog> logs = new ConcurrentHashMap<>();

	PushPacer(UploadProperties.Limits limits, Clock clock) {
		this.limits = limits;
		this.clock = clock;
	}

	/**
	 * When a batch of {@code rows} may go to a table holding up to {@code tableRows}
	 * rows; empty when it may go now. With requests in flight the time is the earliest it
	 * can be: their answers may move it later.
	 */
	Optional<Pause> pauseBefore(String datasetId, int rows, long tableRows) {
		Instant now = this.clock.instant();
		DatasetLog log = log(datasetId);
		synchronized (log) {
			log.prune(now, longestWindow());
			Pause pause = null;
			if (log.throttledUntil != null && now.isBefore(log.throttledUntil)) {
				pause = new Pause(log.throttledUntil, WaitReason.RETRY_AFTER);
			}
			pause = later(pause, log.wait(now, this.limits.requestWindow(), this.limits.requestsPerWindow(), 1, false,
					WaitReason.REQUESTS_PER_MINUTE));
			if (tableRows >= this.limits.bigTableRows()) {
				pause = later(pause, log.wait(now, this.limits.bigTableWindow(),
						this.limits.bigTableRequestsPerWindow(), 1, false, WaitReason.REQUESTS_PER_HOUR_BIG_TABLE));
			}
			if (rows > this.limits.rowsPerWindow()) {
				throw new IllegalArgumentException(
						"A batch of " + rows + " rows exceeds " + this.limits.rowsPerWindow() + " rows per window");
			}
			pause = later(pause, log.wait(now, this.limits.rowsWindow(), this.limits.rowsPerWindow(), rows, true,
					WaitReason.ROWS_PER_HOUR));
			return Optional.ofNullable(pause);
		}
	}

	/**
	 * A Post Rows request of {@code rows} rows goes now: it counts from now on. Call
	 * {@link Ticket#answered()} when it ends, however it ends, since Power BI counts
	 * requests, not successes.
	 * @throws IllegalStateException when the dataset has its pending requests in flight
	 */
	Ticket sending(String datasetId, int rows) {
		DatasetLog log = log(datasetId);
		synchronized (log) {
			long inFlight = log.entries.stream().filter(Ticket::inFlight).count();
			if (inFlight >= this.limits.pendingRequests()) {
				throw new IllegalStateException("Dataset " + datasetId + " has " + inFlight + " requests in flight; "
						+ this.limits.pendingRequests() + " are the most Power BI takes");
			}
			Ticket ticket = new Ticket(log, rows, null);
			log.entries.add(ticket);
			return ticket;
		}
	}

	/** Recorded at start-up from earlier batches, so a restart keeps counting. */
	void sentEarlier(String datasetId, Instant answeredAt, int rows) {
		DatasetLog log = log(datasetId);
		synchronized (log) {
			log.entries.add(new Ticket(log, rows, answeredAt));
		}
	}

	/**
	 * Power BI answered 429: nothing new goes to this dataset before {@code retryAfter};
	 * the requests in flight still count.
	 */
	void throttled(String datasetId, Duration retryAfter) {
		DatasetLog log = log(datasetId);
		synchronized (log) {
			Instant until = this.clock.instant().plus(retryAfter);
			if (log.throttledUntil == null || until.isAfter(log.throttledUntil)) {
				log.throttledUntil = until;
			}
		}
	}

	/** Requests to this dataset awaiting their answer. */
	int inFlight(String datasetId) {
		DatasetLog log = log(datasetId);
		synchronized (log) {
			return (int) log.entries.stream().filter(Ticket::inFlight).count();
		}
	}

	/**
	 * Drops what this instance knows of the dataset, before it is rebuilt from the shared
	 * log: only with none of its requests in flight here.
	 */
	void forget(String datasetId) {
		this.logs.remove(datasetId);
	}

	private DatasetLog log(String datasetId) {
		return this.logs.computeIfAbsent(datasetId, (id) -> new DatasetLog());
	}

	Duration longestWindow() {
		Duration longest = this.limits.requestWindow();
		longest = max(longest, this.limits.bigTableWindow());
		return max(longest, this.limits.rowsWindow());
	}

	private static Duration max(Duration a, Duration b) {
		return (a.compareTo(b) >= 0) ? a : b;
	}

	private static Pause later(Pause a, Pause b) {
		if (a == null) {
			return b;
		}
		if (b == null) {
			return a;
		}
		return b.until().isAfter(a.until()) ? b : a;
	}

	/** One request in a dataset's log: in flight until answered. */
	final class Ticket {

		private final Object lock;

		private final int rows;

		private Instant answeredAt;

		private Ticket(Object lock, int rows, Instant answeredAt) {
			this.lock = lock;
			this.rows = rows;
			this.answeredAt = answeredAt;
		}

		/** The request ended now; it counts for one more window. Once only. */
		void answered() {
			synchronized (this.lock) {
				if (this.answeredAt == null) {
					this.answeredAt = PushPacer.this.clock.instant();
				}
			}
		}

		private boolean inFlight() {
			return this.answeredAt == null;
		}

	}

	/** The requests sent to one dataset within the longest window, in sending order. */
	private static final class DatasetLog {

		private final List<Ticket> entries = new ArrayList<>();

		private Instant throttledUntil;

		void prune(Instant now, Duration longest) {
			Instant cutoff = now.minus(longest);
			this.entries.removeIf((ticket) -> !ticket.inFlight() && !ticket.answeredAt.isAfter(cutoff));
		}

		/**
		 * When {@code amount} more (one request, or a batch's rows) fits within
		 * {@code max} per {@code window}; {@code null} when it fits now. What counts: the
		 * requests in flight and those answered within the last window.
		 */
		Pause wait(Instant now, Duration window, long max, long amount, boolean rows, WaitReason reason) {
			Instant cutoff = now.minus(window);
			long inWindow = 0;
			List<Ticket> leaving = new ArrayList<>();
			for (Ticket ticket : this.entries) {
				if (ticket.inFlight() || ticket.answeredAt.isAfter(cutoff)) {
					inWindow += rows ? ticket.rows : 1;
					if (!ticket.inFlight()) {
						leaving.add(ticket);
					}
				}
			}
			long excess = inWindow + amount - max;
			if (excess <= 0) {
				return null;
			}
			// Room comes as answered requests leave the window, oldest answer first.
			Collections.sort(leaving, (a, b) -> a.answeredAt.compareTo(b.answeredAt));
			for (Ticket ticket : leaving) {
				excess -= rows ? ticket.rows : 1;
				if (excess <= 0) {
					return new Pause(ticket.answeredAt.plus(window), reason);
				}
			}
			// Only requests still in flight can make room: a window after their answer.
			return new Pause(now.plus(window), reason);
		}

	}

}
