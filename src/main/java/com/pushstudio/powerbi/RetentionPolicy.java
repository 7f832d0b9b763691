package com.pushstudio.powerbi;

/**
 * What a push dataset does when tables grow, fixed when the dataset is created
 * ({@code defaultRetentionPolicy} query parameter of Post Dataset).
 */
public enum RetentionPolicy {

	/** Rows stay until deleted (up to 5,000,000 per table). */
	NONE("None"),
	/** Keeps roughly the newest 200,000 rows per table, dropping the oldest. */
	BASIC_FIFO("basicFIFO");

	private final String queryValue;

	RetentionPolicy(String queryValue) {
		this.queryValue = queryValue;
	}

	public String queryValue() {
		return this.queryValue;
	}

}
