package com.pushstudio.upload;

import java.util.ArrayList;
import java.util.List;

/**
 * How big one Post Rows request may get.
 *
 * @param maxRows rows per request; Power BI accepts at most 10,000
 * @param maxBytes JSON bytes per request; Power BI accepts 16 MB for push datasets
 * @param stagger how many batches in a row get different sizes (1: all the same)
 * @param lead rows of the first batch, or 0 to cut it as the others; see {@link #ledFor}
 */
public record BatchLimits(int maxRows, int maxBytes, int stagger, int lead) {

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
		if (lead < 0 || lead > maxRows) {
			throw new IllegalArgumentException("lead must be 0 to maxRows");
		}
	}

	public BatchLimits(int maxRows, int maxBytes, int stagger) {
		this(maxRows, maxBytes, stagger, 0);
	}

	public BatchLimits(int maxRows, int maxBytes) {
		this(maxRows, maxBytes, 1);
	}

	public static BatchLimits defaults() {
		return new BatchLimits(POWER_BI_MAX_ROWS, DEFAULT_MAX_BYTES);
	}

	BatchLimits staggered(int batches) {
		return new BatchLimits(this.maxRows, this.maxBytes, batches, this.lead);
	}

	/**
	 * For a file of {@code rows} rows: the part-filled batch first instead of last, in as
	 * many batches. The last round of requests then holds full batches, and the first
	 * request goes as soon as its few rows are converted, which starts the chain of
	 * requests that ends the upload. Only with staggered sizes, and only where the first
	 * batches' sizes still add up differently for each subset of them.
	 */
	BatchLimits ledFor(long rows) {
		if (this.stagger == 1 || rows <= this.maxRows) {
			return this;
		}
		long rest = rows;
		int index = 1;
		while (rest > this.maxRows) {
			rest -= maxRows(index++);
		}
		List<Integer> first = new ArrayList<>(List.of((int) rest));
		for (int i = 1; i < this.stagger; i++) {
			first.add(maxRows(i));
		}
		if (!LandedBatches.distinctSums(first)) {
			return this;
		}
		return new BatchLimits(this.maxRows, this.maxBytes, this.stagger, (int) rest);
	}

	/**
	 * Rows batch {@code index} may hold: the lead for the first if there is one, else
	 * {@code maxRows} less 0, 1, 2, 4, 8 rows in turn (10,000, 9,999, 9,998, 9,996,
	 * 9,992). Any {@code stagger} batches in a row then sum to a different number of rows
	 * for each subset of them, so after an ambiguous failure one row count tells which of
	 * them landed.
	 */
	int maxRows(int index) {
		if (index == 0 && this.lead > 0) {
			return this.lead;
		}
		int step = index % this.stagger;
		int less = (step == 0) ? 0 : 1 << (step - 1);
		return Math.max(1, this.maxRows - less);
	}

}
