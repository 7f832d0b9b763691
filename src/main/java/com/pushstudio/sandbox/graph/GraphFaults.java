package com.pushstudio.sandbox.graph;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

/**
 * Failures of the sandbox Graph API that tests and people switch at runtime: every Nth
 * request throttled (429) or unavailable (503), and a 410 for the next delta-token
 * request of a list. Starts from {@code push-studio.sandbox.graph.faults};
 * {@link #reset()} returns there.
 */
@Component
public class GraphFaults {

	private final SandboxGraphProperties.Faults initial;

	private final AtomicLong requests = new AtomicLong();

	private final AtomicLong faulted = new AtomicLong();

	private final Set<String> resyncNext = ConcurrentHashMap.newKeySet();

	private final Set<String> unavailableLists = ConcurrentHashMap.newKeySet();

	private volatile int throttleEvery;

	private volatile int unavailableEvery;

	private volatile Duration retryAfter;

	GraphFaults(SandboxGraphProperties properties) {
		this.initial = properties.faults();
		reset();
	}

	/** Back to the configured faults (none by default). */
	public final void reset() {
		this.throttleEvery = this.initial.throttleEvery();
		this.unavailableEvery = this.initial.unavailableEvery();
		this.retryAfter = this.initial.retryAfter();
		this.requests.set(0);
		this.faulted.set(0);
		this.resyncNext.clear();
		this.unavailableLists.clear();
	}

	/**
	 * Answer every {@code n}th Graph request from now on with 429 (0: never); the count
	 * starts again, so the {@code n}th request after this call is the first throttled.
	 */
	public void throttleEvery(int n) {
		if (n < 0) {
			throw new IllegalArgumentException("n must be 0 or more");
		}
		this.requests.set(0);
		this.throttleEvery = n;
	}

	/**
	 * Answer every {@code n}th Graph request from now on with 503 and Retry-After (0:
	 * never); the count is the throttle's, which wins when both hit one request.
	 */
	public void unavailableEvery(int n) {
		if (n < 0) {
			throw new IllegalArgumentException("n must be 0 or more");
		}
		this.requests.set(0);
		this.unavailableEvery = n;
	}

	/** The Retry-After of throttled and unavailable answers. */
	public void retryAfter(Duration retryAfter) {
		this.retryAfter = retryAfter;
	}

	/** Answer the next delta request with a token for this list with 410 Gone. */
	public void resyncNextDelta(String listId) {
		this.resyncNext.add(listId);
	}

	/**
	 * How many requests were answered 429 or 503 since the start or {@link #reset()}: a
	 * test's proof that the faults it switched on met its requests.
	 */
	public long faultsAnswered() {
		return this.faulted.get();
	}

	/**
	 * Answer every request about this list (its columns, items and delta) with 503 and
	 * Retry-After until {@link #reset()}, as when one list's database is in trouble.
	 */
	public void unavailableList(String listId) {
		this.unavailableLists.add(listId);
	}

	/** Counts the request to {@code path}; answers the fault it meets, if any. */
	Fault next(String path) {
		long n = this.requests.incrementAndGet();
		if (!this.unavailableLists.isEmpty()
				&& this.unavailableLists.stream().anyMatch((listId) -> path.contains("/lists/" + listId))) {
			this.faulted.incrementAndGet();
			return Fault.UNAVAILABLE;
		}
		int throttle = this.throttleEvery;
		int unavailable = this.unavailableEvery;
		if (throttle > 0 && n % throttle == 0) {
			this.faulted.incrementAndGet();
			return Fault.THROTTLED;
		}
		if (unavailable > 0 && n % unavailable == 0) {
			this.faulted.incrementAndGet();
			return Fault.UNAVAILABLE;
		}
		return Fault.NONE;
	}

	enum Fault {

		NONE, THROTTLED, UNAVAILABLE

	}

	Duration retryAfter() {
		return this.retryAfter;
	}

	boolean takeResync(String listId) {
		return this.resyncNext.remove(listId);
	}

}
