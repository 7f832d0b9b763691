package com.pushstudio.upload;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
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
 * One request per dataset is in flight at a time: the job runner gives each dataset one
 * job, and a job sends its batches one after another.
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
	 * When a batch of {@code rows} may go to a table now holding {@code tableRows} rows;
	 * empty when it may go now.
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
			pause = later(pause, log.requestLimit(now, this.limits.requestWindow(), this.limits.requestsPerWindow(),
					WaitReason.REQUESTS_PER_MINUTE));
			if (tableRows >= this.limits.bigTableRows()) {
				pause = later(pause, log.requestLimit(now, this.limits.bigTableWindow(),
						this.limits.bigTableRequestsPerWindow(), WaitReason.REQUESTS_PER_HOUR_BIG_TABLE));
			}
			pause = later(pause, log.rowLimit(now, this.limits.rowsWindow(), this.limits.rowsPerWindow(), rows));
			return Optional.ofNullable(pause);
		}
	}

	/**
	 * A Post Rows request of {@code rows} rows was answered now (or failed). Recorded
	 * whatever its answer, since Power BI counts requests, not successes; and at the
	 * answer, the latest moment Power BI can have counted it.
	 */
	void sent(String datasetId, int rows) {
		DatasetLog log = log(datasetId);
		synchronized (log) {
			log.entries.addLast(new Sent(this.clock.instant(), rows));
		}
	}

	/** Recorded at start-up from acknowledged batches, so a restart keeps counting. */
	void sentEarlier(String datasetId, Instant at, int rows) {
		DatasetLog log = log(datasetId);
		synchronized (log) {
			log.entries.addLast(new Sent(at, rows));
		}
	}

	/** Power BI answered 429: nothing goes to this dataset before {@code retryAfter}. */
	void throttled(String datasetId, Duration retryAfter) {
		DatasetLog log = log(datasetId);
		synchronized (log) {
			Instant until = this.clock.instant().plus(retryAfter);
			if (log.throttledUntil == null || until.isAfter(log.throttledUntil)) {
				log.throttledUntil = until;
			}
		}
	}

	/** Whether this dataset has been seen since start-up. */
	boolean tracks(String datasetId) {
		return this.logs.containsKey(datasetId);
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

	private record Sent(Instant at, int rows) {
	}

	/** The requests sent to one dataset within the longest window, oldest first. */
	private static final class DatasetLog {

		private final Deque<Sent> entries = new ArrayDeque<>();

		private Instant throttledUntil;

		void prune(Instant now, Duration longest) {
			Instant cutoff = now.minus(longest);
			while (!this.entries.isEmpty() && !this.entries.peekFirst().at().isAfter(cutoff)) {
				this.entries.removeFirst();
			}
		}

		/**
		 * Another request would be one too many until the oldest in the window ages out.
		 */
		Pause requestLimit(Instant now, Duration window, int max, WaitReason reason) {
			Instant cutoff = now.minus(window);
			int inWindow = 0;
			for (Sent sent : this.entries) {
				if (sent.at().isAfter(cutoff)) {
					inWindow++;
				}
			}
			if (inWindow < max) {
				return null;
			}
			// The (inWindow - max + 1)th oldest in the window must leave it first.
			int toExpire = inWindow - max;
			for (Sent sent : this.entries) {
				if (sent.at().isAfter(cutoff) && toExpire-- == 0) {
					return new Pause(sent.at().plus(window), reason);
				}
			}
			throw new IllegalStateException("unreachable");
		}

		/** The rows in the window plus these must stay within {@code max}. */
		Pause rowLimit(Instant now, Duration window, long max, int rows) {
			Instant cutoff = now.minus(window);
			long inWindow = 0;
			for (Sent sent : this.entries) {
				if (sent.at().isAfter(cutoff)) {
					inWindow += sent.rows();
				}
			}
			if (inWindow + rows <= max) {
				return null;
			}
			long excess = inWindow + rows - max;
			Iterator<Sent> oldestFirst = this.entries.iterator();
			while (oldestFirst.hasNext()) {
				Sent sent = oldestFirst.next();
				if (sent.at().isAfter(cutoff)) {
					excess -= sent.rows();
					if (excess <= 0) {
						return new Pause(sent.at().plus(window), WaitReason.ROWS_PER_HOUR);
					}
				}
			}
			throw new IllegalArgumentException("A batch of " + rows + " rows exceeds " + max + " rows per window");
		}

	}

}
