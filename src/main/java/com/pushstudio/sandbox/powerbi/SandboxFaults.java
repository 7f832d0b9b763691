package com.pushstudio.sandbox.powerbi;

import java.time.Duration;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

/**
 * Failure modes of the sandbox Power BI API that can be switched at runtime, by tests and
 * by people who want to see how the application copes. Starts from
 * {@code push-studio.sandbox.powerbi.faults}; {@link #reset()} returns there.
 */
@Component
public class SandboxFaults {

	/** Which requests the throttle, server-error and latency faults hit. */
	public enum Scope {

		/** Only Post Rows, so that set-up calls (datasets, tables) go through. */
		POST_ROWS,
		/** Every Power BI API request. */
		ALL

	}

	private final SandboxPowerBiProperties.Faults initial;

	private final Fault throttle = new Fault();

	private final Fault serverError = new Fault();

	private final Fault dropped = new Fault();

	private volatile Duration retryAfter;

	private volatile Duration latency;

	private volatile boolean refuseNewDatasets;

	private volatile Scope scope;

	/** For the shares; {@code null}: a fresh draw each time. */
	private volatile Random random;

	SandboxFaults(SandboxPowerBiProperties properties) {
		this.initial = properties.faults();
		reset();
	}

	/** Back to the configured faults (none by default). */
	public final void reset() {
		this.throttle.set(this.initial.throttleCount(), this.initial.throttleShare());
		this.serverError.set(this.initial.serverErrorCount(), this.initial.serverErrorShare());
		this.dropped.set(this.initial.droppedCount(), this.initial.droppedShare());
		this.retryAfter = this.initial.retryAfter();
		this.latency = this.initial.latency();
		this.refuseNewDatasets = this.initial.refuseNewDatasets();
		this.scope = this.initial.scope();
		this.random = null;
	}

	/**
	 * Draws the shares from a generator seeded so, that a test can name the run that
	 * failed. Requests in flight together still draw in the order they arrive.
	 */
	public void seed(long seed) {
		this.random = new Random(seed);
	}

	/** Answer the next {@code count} requests in scope with 429 and Retry-After. */
	public void throttleNext(int count) {
		this.throttle.count.set(count);
	}

	/** Answer this share (0..1) of requests in scope with 429. */
	public void throttleShare(double share) {
		this.throttle.share = share;
	}

	/** The Retry-After of injected 429s. */
	public void retryAfter(Duration retryAfter) {
		this.retryAfter = retryAfter;
	}

	/** Answer the next {@code count} requests in scope with 500 before doing anything. */
	public void failNext(int count) {
		this.serverError.count.set(count);
	}

	/** Answer this share (0..1) of requests in scope with 500 before doing anything. */
	public void failShare(double share) {
		this.serverError.share = share;
	}

	/**
	 * Store the rows of the next {@code count} Post Rows requests, then answer 500: the
	 * client cannot know that they landed.
	 */
	public void dropNext(int count) {
		this.dropped.count.set(count);
	}

	/** Store, then answer 500, for this share (0..1) of Post Rows requests. */
	public void dropShare(double share) {
		this.dropped.share = share;
	}

	/** Added to every request in scope before it is answered. */
	public void latency(Duration latency) {
		this.latency = latency;
	}

	/**
	 * Refuse Post Dataset with {@code FeatureDeprecatedError}, as after the retirement.
	 */
	public void refuseNewDatasets(boolean refuse) {
		this.refuseNewDatasets = refuse;
	}

	public void scope(Scope scope) {
		this.scope = scope;
	}

	boolean inScope(boolean postRows) {
		return postRows || this.scope == Scope.ALL;
	}

	boolean throttleNow() {
		return this.throttle.fires(draw());
	}

	boolean serverErrorNow() {
		return this.serverError.fires(draw());
	}

	boolean dropNow() {
		return this.dropped.fires(draw());
	}

	private double draw() {
		Random seeded = this.random;
		return (seeded != null) ? seeded.nextDouble() : ThreadLocalRandom.current().nextDouble();
	}

	Duration retryAfter() {
		return this.retryAfter;
	}

	Duration latency() {
		return this.latency;
	}

	boolean refusesNewDatasets() {
		return this.refuseNewDatasets;
	}

	private static final class Fault {

		private final AtomicInteger count = new AtomicInteger();

		private volatile double share;

		void set(int count, double share) {
			this.count.set(count);
			this.share = share;
		}

		boolean fires(double draw) {
			if (this.count.getAndUpdate((n) -> Math.max(0, n - 1)) > 0) {
				return true;
			}
			return this.share > 0 && draw < this.share;
		}

	}

}
