package com.pushstudio.upload;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * Which of several uncertain batches landed, told by how many rows the table gained: the
 * one subset of them whose rows add up to that. It is one subset only if no two subsets
 * add up alike, which the sender keeps true for every set of batches it has in flight.
 */
final class LandedBatches {

	/** Beyond this the subsets are too many to try; far above Power BI's 5 pending. */
	static final int MAX_BATCHES = 16;

	private LandedBatches() {
	}

	/** Whether every subset of these row counts has a sum of its own. */
	static boolean distinctSums(List<Integer> rowCounts) {
		int n = rowCounts.size();
		check(n);
		long[] sums = sums(rowCounts);
		java.util.Arrays.sort(sums);
		for (int i = 1; i < sums.length; i++) {
			if (sums[i] == sums[i - 1]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The batches that landed if the table gained {@code gained} rows; empty when no
	 * subset adds up to it (something else changed the table) or more than one does.
	 */
	static <T> Optional<List<T>> landed(List<T> batches, ToIntFunction<T> rows, long gained) {
		check(batches.size());
		long[] sums = sums(batches.stream().map(rows::applyAsInt).toList());
		int found = -1;
		for (int mask = 0; mask < sums.length; mask++) {
			if (sums[mask] == gained) {
				if (found >= 0) {
					return Optional.empty();
				}
				found = mask;
			}
		}
		if (found < 0) {
			return Optional.empty();
		}
		List<T> landed = new ArrayList<>();
		for (int i = 0; i < batches.size(); i++) {
			if ((found & (1 << i)) != 0) {
				landed.add(batches.get(i));
			}
		}
		return Optional.of(landed);
	}

	/** The sum of every subset, indexed by the subset's bit mask. */
	private static long[] sums(List<Integer> rowCounts) {
		long[] sums = new long[1 << rowCounts.size()];
		for (int mask = 1; mask < sums.length; mask++) {
			int lowest = Integer.numberOfTrailingZeros(mask);
			sums[mask] = sums[mask & (mask - 1)] + rowCounts.get(lowest);
		}
		return sums;
	}

	private static void check(int n) {
		if (n > MAX_BATCHES) {
			throw new IllegalArgumentException(n + " batches are more than " + MAX_BATCHES + " to decide between");
		}
	}

}
