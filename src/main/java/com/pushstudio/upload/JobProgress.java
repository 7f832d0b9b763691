package com.pushstudio.upload;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

/**
 * The running job's record and the worker's hands on it: saves, waits that the page can
 * explain, and the cancel check.
 */
final class JobProgress {

	static final String CANCELLED = "Cancelled. Rows sent before stay in the table.";

	private static final long SLICE_MILLIS = 200;

	private final UploadJob job;

	private final UploadJobRepository jobs;

	private final Clock clock;

	private final BooleanSupplier cancelRequested;

	private final BooleanSupplier stopping;

	private BiConsumer<WaitReason, Duration> waits = (reason, duration) -> {
	};

	JobProgress(UploadJob job, UploadJobRepository jobs, Clock clock, BooleanSupplier cancelRequested,
			BooleanSupplier stopping) {
		this.stopping = stopping;
		this.job = job;
		this.jobs = jobs;
		this.clock = clock;
		this.cancelRequested = cancelRequested;
	}

	UploadJob job() {
		return this.job;
	}

	Instant now() {
		return this.clock.instant();
	}

	void save() {
		this.job.savedAs(this.jobs.save(this.job));
	}

	/**
	 * Saves the new state and ends the run. A job that was asked to cancel ends cancelled
	 * rather than wait for a person who already chose.
	 */
	StopJob stop(JobState state, String message) {
		if (!state.finished() && cancelRequested()) {
			state = JobState.CANCELLED;
			message = CANCELLED;
		}
		this.job.moveTo(state, message, now());
		save();
		return new StopJob();
	}

	/** The application stops: the run ends with the job as it stands. */
	boolean stopping() {
		return this.stopping.getAsBoolean() || Thread.currentThread().isInterrupted();
	}

	boolean cancelRequested() {
		return this.cancelRequested.getAsBoolean();
	}

	/** Ends the run when the user cancelled or the worker is shutting down. */
	void checkStillWanted() {
		if (stopping()) {
			throw new StopJob();
		}
		if (cancelRequested()) {
			throw stop(JobState.CANCELLED, CANCELLED);
		}
	}

	/** Told of each wait as it begins: for the metrics. */
	void onWait(BiConsumer<WaitReason, Duration> listener) {
		this.waits = listener;
	}

	/** A wait of the job begins, here or in the push: its listener hears of it. */
	void waitBegins(WaitReason reason, Instant until) {
		if (reason != null && until != null) {
			// A wait computed a moment ago may be over already.
			Duration left = Duration.between(now(), until);
			this.waits.accept(reason, left.isNegative() ? Duration.ZERO : left);
		}
	}

	/** Waits until {@code until}, showing why on the progress page. */
	void waitUntil(Instant until, WaitReason reason) {
		this.job.waiting(reason, until, now());
		save();
		waitBegins(reason, until);
		while (now().isBefore(until)) {
			checkStillWanted();
			long millis = Math.min(SLICE_MILLIS, until.toEpochMilli() - now().toEpochMilli());
			try {
				Thread.sleep(Math.max(1, millis));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new StopJob();
			}
		}
	}

}
