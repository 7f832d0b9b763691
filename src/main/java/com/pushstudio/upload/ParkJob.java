package com.pushstudio.upload;

import java.time.Instant;

/**
 * Ends a job's run so that its next run starts at {@link #until()}: to wait for Power
 * BI's limits without holding a thread, or to let other datasets' jobs have it. Thrown
 * with nothing in the air and the job's records written, so that the next run, on any
 * instance, resumes as after a restart.
 */
final class ParkJob extends RuntimeException {

	private final Instant until;

	ParkJob(Instant until) {
		super(null, null, false, false);
		this.until = until;
	}

	Instant until() {
		return this.until;
	}

}
