package com.pushstudio.sandbox.reports;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * One simple chart of a table: the sum of its first number column over its first date
 * column (by day) or, lacking one, its first text column; {@link BarChartSums} adds it up
 * row by row. Drawn as SVG on the server, so that the page needs no script for it and
 * keeps the strict CSP.
 */
record BarChart(String valueColumn, String categoryColumn, List<Bar> bars, int width, int height) {

	static final int MAX_BARS = 40;

	private static final int WIDTH = 640;

	private static final int HEIGHT = 260;

	private static final int AXIS = 40;

	/** Draws the sums, which hold at most the first {@link #MAX_BARS} labels. */
	static BarChart of(String valueColumn, String categoryColumn, SortedMap<String, BigDecimal> sums) {
		return new BarChart(valueColumn, categoryColumn, bars(sums), WIDTH, HEIGHT);
	}

	private static List<Bar> bars(SortedMap<String, BigDecimal> sums) {
		List<Map.Entry<String, BigDecimal>> entries = sums.entrySet().stream().limit(MAX_BARS).toList();
		BigDecimal max = entries.stream()
			.map(Map.Entry::getValue)
			.map(BigDecimal::abs)
			.max(BigDecimal::compareTo)
			.filter((top) -> top.signum() > 0)
			.orElse(BigDecimal.ONE);
		int plotHeight = HEIGHT - AXIS - 10;
		double slot = (double) (WIDTH - 20) / Math.max(1, entries.size());
		return java.util.stream.IntStream.range(0, entries.size()).mapToObj((i) -> {
			BigDecimal sum = entries.get(i).getValue();
			int barHeight = (int) Math.round(sum.abs().doubleValue() / max.doubleValue() * plotHeight);
			int x = (int) Math.round(10 + i * slot + slot * 0.1);
			int barWidth = Math.max(1, (int) Math.round(slot * 0.8));
			return new Bar(entries.get(i).getKey(), sum.stripTrailingZeros().toPlainString(), x,
					HEIGHT - AXIS - barHeight, barWidth, barHeight, x + barWidth / 2, HEIGHT - AXIS + 16);
		}).toList();
	}

	public int axisY() {
		return this.height - AXIS;
	}

	record Bar(String label, String value, int x, int y, int width, int height, int labelX, int labelY) {
	}

}
