package com.pushstudio.upload;

/**
 * Where an upload job stands, as another feature that made it needs to know: still going,
 * done, stopped short of done, or gone from the records.
 */
public enum JobOutcome {

	/** Queued, being checked or being pushed: its rows may still land. */
	RUNNING,
	/** Every row was sent. */
	DONE,
	/**
	 * It will not go on by itself: failed, cancelled, or waiting for its owner's choice
	 * (a draft, bad rows, a paused or uncertain push).
	 */
	STOPPED,
	/** No such job of the owner: it was removed. */
	GONE;

	static JobOutcome of(JobState state) {
		if (JobState.RUNNABLE.contains(state)) {
			return RUNNING;
		}
		return (state == JobState.DONE) ? DONE : STOPPED;
	}

}
