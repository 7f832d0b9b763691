package com.pushstudio.upload;

/** Why a job is not sending right now; each has a sentence in messages.properties. */
enum WaitReason {

	/** 120 Post Rows requests per minute per dataset. */
	REQUESTS_PER_MINUTE,
	/** 120 Post Rows requests per hour once the table holds 250,000 rows. */
	REQUESTS_PER_HOUR_BIG_TABLE,
	/** 1,000,000 rows per hour per dataset. */
	ROWS_PER_HOUR,
	/** Power BI answered 429 and said when to come back. */
	RETRY_AFTER,
	/** A request failed; waiting before trying again. */
	BACKOFF,
	/** Another upload to the same dataset goes first. */
	DATASET_BUSY

}
