package com.pushstudio.sandbox.powerbi;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A sliding-window counter: what was taken in the last {@code length}, and how long until
 * an amount fits again. Not thread-safe; {@link PushLimiter} guards it per dataset.
 */
final class SlidingWindow {

	private record Entry(Instant at, long amount) {
	}

	private final Duration length;

	private final Deque<Entry> entries = new ArrayDeque<>();

	private long total;

	SlidingWindow(Duration length) {
		this.length = length;
	}

	/**
	 * Zero if {@code amount} fits under {@code limit} now, else the wait until it does.
	 */
	Duration waitFor(long amount, long limit, Instant now) {
		evict(now);
		if (this.total + amount <= limit) {
			return Duration.ZERO;
		}
		if (amount > limit) {
			return this.length;
		}
		long left = this.total;
		for (Entry entry : this.entries) {
			left -= entry.amount();
			if (left + amount <= limit) {
				return Duration.between(now, entry.at().plus(this.length));
			}
		}
		return this.length;
	}

	void take(long amount, Instant now) {
		this.entries.addLast(new Entry(now, amount));
		this.total += amount;
	}

	private void evict(Instant now) {
		Instant start = now.minus(this.length);
		while (!this.entries.isEmpty() && !this.entries.peekFirst().at().isAfter(start)) {
			this.total -= this.entries.removeFirst().amount();
		}
	}

}
