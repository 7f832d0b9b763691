package com.pushstudio.upload;

/**
 * How big one Post Rows request may get.
 *
 * @param maxRows rows per request; Power BI accepts at most 10,000
 * @param maxBytes JSON bytes per request; Power BI accepts 16 MB for push datasets
 * @param stagger how many batches in a row get different sizes (1: all the same)
 */
public record BatchLimits(int maxRows, int maxBytes, int stagger) {

	public static final int POWER_BI_MAX_ROWS = 10_000;

	/** Under 16 MB counted either way (16,000,000 or 16 MiB), with room for headers. */
	public static final int DEFAULT_MAX_BYTES = 15_900_000;

	/** Power BI's pending requests per dataset. */
	static final int MAX_STAGGER = 5;

	public BatchLimits {
		if (maxRows < 1 || maxRows > POWER_BI_MAX_ROWS) {
			throw new IllegalArgumentException("maxRows must be 1 to 10,000");
		}
		if (maxBytes < 1024) {
			throw new IllegalArgumentException("maxBytes must be at least 1 KB");
		}
		if (stagger < 1 || stagger > MAX_STAGGER) {
			throw new IllegalArgumentException("stagger must be 1 to " + MAX_STAGGER);
		}
	}

	public BatchLimits(int maxRows, int maxBytes) {
		this(maxRows, maxBytes, 1);
	}

	public static BatchLimits defaults() {
		return new BatchLimits(POWER_BI_MAX_ROWS, DEFAULT_MAX_BYTES);
	}

	BatchLimits staggered(int batches) {
		return new BatchLimits(this.maxRows, this.maxBytes, batches);
	}

	/**
	 * Rows batch {@code index} may hold: {@code maxRows} less 0, 1, 2, 4, 8 rows in turn
	 * (10,000, 9,999, 9,998, 9,996, 9,992). Any {@code stagger} batches in a row then sum
	 * to a different number of rows for each subset of them, so after an ambiguous
	 * failure one row count tells which of them landed.
	 */
	int maxRows(int index) {
		int step = index % this.stagger;
		int less = (step == 0) ? 0 : 1 << (step - 1);
		return Math.max(1, this.maxRows - less);
	}

}
