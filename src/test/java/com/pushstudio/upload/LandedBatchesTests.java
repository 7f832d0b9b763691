package com.pushstudio.upload;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class LandedBatchesTests {

	@Test
	void staggersFiveFullBatchesBy0124And8Rows() {
		BatchLimits limits = BatchLimits.defaults().staggered(5);
		assertThat(sizes(limits, 0)).containsExactly(10_000, 9_999, 9_998, 9_996, 9_992);
		assertThat(sizes(limits, 5)).containsExactly(10_000, 9_999, 9_998, 9_996, 9_992);
	}

	/**
	 * Every subset of five batches in flight, as the writer cuts them for Power BI's
	 * limits and for the tests' smaller ones: each sum belongs to one subset, and the row
	 * count names it.
	 */
	@ParameterizedTest
	@ValueSource(ints = { 10_000, 5_000, 100, 20, 16 })
	void tellsFromTheRowsGainedExactlyWhichOfFiveStaggeredBatchesLanded(int rowsPerPost) {
		BatchLimits limits = new BatchLimits(rowsPerPost, BatchLimits.DEFAULT_MAX_BYTES).staggered(5);
		for (int first = 0; first < 5; first++) {
			List<Integer> inFlight = sizes(limits, first);
			Map<Long, Integer> subsetBySum = new HashMap<>();
			for (int mask = 0; mask < 32; mask++) {
				List<Integer> landed = subset(inFlight, mask);
				long gained = landed.stream().mapToLong(Integer::longValue).sum();
				Integer earlier = subsetBySum.put(gained, mask);
				assertThat(earlier).as("subsets %s and %s of %s both add up to %d", mask, earlier, inFlight, gained)
					.isNull();
				assertThat(LandedBatches.landed(indexes(inFlight), inFlight::get, gained))
					.contains(subsetIndexes(inFlight, mask));
			}
			assertThat(LandedBatches.distinctSums(inFlight)).isTrue();
		}
	}

	@Test
	void cannotTellWhenTwoSubsetsAddUpAlike() {
		List<Integer> inFlight = List.of(3, 1, 2);
		assertThat(LandedBatches.distinctSums(inFlight)).isFalse();
		assertThat(LandedBatches.landed(inFlight, Integer::intValue, 3)).isEmpty();
		// 6 is all three only.
		assertThat(LandedBatches.landed(inFlight, Integer::intValue, 6)).contains(inFlight);
	}

	@Test
	void equalBatchesCannotGoTogether() {
		assertThat(LandedBatches.distinctSums(List.of(10_000, 10_000))).isFalse();
		assertThat(LandedBatches.distinctSums(List.of(10_000, 9_999))).isTrue();
	}

	@Test
	void namesNoBatchWhenNoSubsetAddsUpToTheRowsGained() {
		List<Integer> inFlight = List.of(10_000, 9_999, 9_998);
		assertThat(LandedBatches.landed(inFlight, Integer::intValue, 5)).isEmpty();
		assertThat(LandedBatches.landed(inFlight, Integer::intValue, -1)).isEmpty();
		assertThat(LandedBatches.landed(inFlight, Integer::intValue, 0)).contains(List.of());
	}

	private static List<Integer> sizes(BatchLimits limits, int first) {
		List<Integer> sizes = new ArrayList<>();
		for (int index = first; index < first + 5; index++) {
			sizes.add(limits.maxRows(index));
		}
		return sizes;
	}

	private static List<Integer> subset(List<Integer> sizes, int mask) {
		return subsetIndexes(sizes, mask).stream().map(sizes::get).toList();
	}

	private static List<Integer> subsetIndexes(List<Integer> sizes, int mask) {
		List<Integer> chosen = new ArrayList<>();
		for (int i = 0; i < sizes.size(); i++) {
			if ((mask & (1 << i)) != 0) {
				chosen.add(i);
			}
		}
		return chosen;
	}

	private static List<Integer> indexes(List<Integer> sizes) {
		List<Integer> indexes = new ArrayList<>();
		for (int i = 0; i < sizes.size(); i++) {
			indexes.add(i);
		}
		return indexes;
	}

}
