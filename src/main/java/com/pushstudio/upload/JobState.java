package com.pushstudio.upload;

import java.util.EnumSet;
import java.util.Set;

/** Where an upload job stands. */
enum JobState {

	/** Uploaded; the user is choosing options and the column mapping. Nothing runs. */
	DRAFT,
	/** Submitted; waits for a worker (and for other uploads to the same dataset). */
	QUEUED,
	/** The whole file is being checked; nothing has been sent. */
	VALIDATING,
	/**
	 * The check found bad rows: the user fixes the file or pushes only the valid rows.
	 */
	WAITING_FOR_CHOICE,
	/** Batches are going to Power BI. */
	PUSHING,
	/** Stopped until the user resumes: reconnect to Power BI, or it kept failing. */
	PAUSED,
	/** Power BI may or may not have taken one batch; the user decides. */
	NEEDS_DECISION,
	/** Every row was sent. */
	DONE,
	/** The user cancelled. */
	CANCELLED,
	/** Cannot go on (the table is gone, access denied, the file is unreadable). */
	FAILED;

	/** States a worker picks up: at start-up these resume. */
	static final Set<JobState> RUNNABLE = EnumSet.of(QUEUED, VALIDATING, PUSHING);

	boolean finished() {
		return this == DONE || this == CANCELLED || this == FAILED;
	}

	boolean cancellable() {
		return this != DRAFT && !finished();
	}

}
