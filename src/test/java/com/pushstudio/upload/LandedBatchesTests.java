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

	/**
	 * At exactly 200,000 rows the staggered sizes leave 60 rows over: they go first, in a
	 * batch that converts at once, and the last round holds full batches.
	 */
	@Test
	void twoHundredThousandRowsLeadWithTheSixtyRowsLeftOver() {
		BatchLimits limits = BatchLimits.defaults().staggered(5).ledFor(200_000);
		List<Integer> cut = cut(limits, 200_000);
		assertThat(cut).hasSize(21).startsWith(60, 9_999, 9_998, 9_996, 9_992, 10_000);
		assertThat(cut.get(20)).isEqualTo(10_000);
	}

	/**
	 * For many file sizes: the part-filled batch first takes no more requests than last,
	 * and where it goes first any five batches in a row add up differently for each
	 * subset. (A small last batch may not; the sender then waits before it.)
	 */
	@ParameterizedTest
	@ValueSource(ints = { 10_000, 100, 16 })
	void aPartFilledFirstBatchTakesNoMoreRequestsAndKeepsEveryFiveTellable(int rowsPerPost) {
		BatchLimits staggered = new BatchLimits(rowsPerPost, BatchLimits.DEFAULT_MAX_BYTES).staggered(5);
		long step = Math.max(1, rowsPerPost / 37);
		int led = 0;
		for (long rows = 1; rows <= 30L * rowsPerPost; rows += step) {
			List<Integer> cut = cut(staggered.ledFor(rows), rows);
			assertThat(cut).as("%d rows", rows).hasSameSizeAs(cut(staggered, rows));
			if (staggered.ledFor(rows).lead() == 0) {
				assertThat(cut).isEqualTo(cut(staggered, rows));
				continue;
			}
			led++;
			for (int first = 0; first + 5 <= cut.size(); first++) {
				assertThat(LandedBatches.distinctSums(cut.subList(first, first + 5)))
					.as("%d rows, batches %d to %d: %s", rows, first, first + 4, cut)
					.isTrue();
			}
		}
		assertThat(led).isPositive();
	}

	@Test
	void noPartFilledFirstBatchWhereItWouldAddUpLikeAnother() {
		// 9,999 rows first and 9,999 in the second: two subsets of one batch alike.
		assertThat(BatchLimits.defaults().staggered(5).ledFor(19_998).lead()).isZero();
		assertThat(BatchLimits.defaults().staggered(1).ledFor(200_000).lead()).isZero();
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

	/**
	 * The row counts a writer with these limits cuts a file of {@code rows} rows into.
	 */
	private static List<Integer> cut(BatchLimits limits, long rows) {
		List<Integer> sizes = new ArrayList<>();
		long left = rows;
		for (int index = 0; left > 0; index++) {
			int size = (int) Math.min(left, limits.maxRows(index));
			sizes.add(size);
			left -= size;
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
