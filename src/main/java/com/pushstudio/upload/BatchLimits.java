package com.pushstudio.upload;

/**
 * How big one Post Rows request may get.
 *
 * @param maxRows rows per request; Power BI accepts at most 10,000
 * @param maxBytes JSON bytes per request; Power BI accepts 16 MB for push datasets
 */
public record BatchLimits(int maxRows, int maxBytes) {

	public static final int POWER_BI_MAX_ROWS = 10_000;

	/** Under 16 MB counted either way (16,000,000 or 16 MiB), with room for headers. */
	public static final int DEFAULT_MAX_BYTES = 15_900_000;

	public BatchLimits {
		if (maxRows < 1 || maxRows > POWER_BI_MAX_ROWS) {
			throw new IllegalArgumentException("maxRows must be 1 to 10,000");
		}
		if (maxBytes < 1024) {
			throw new IllegalArgumentException("maxBytes must be at least 1 KB");
		}
	}

	public static BatchLimits defaults() {
		return new BatchLimits(POWER_BI_MAX_ROWS, DEFAULT_MAX_BYTES);
	}

}
