package com.pushstudio.sandbox.reports;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.pushstudio.sandbox.powerbi.SandboxReportViews.ColumnView;
import com.pushstudio.sandbox.powerbi.SandboxReportViews.TableView;

/**
 * One simple chart of a table: the sum of its first number column over its first date
 * column (by day) or, lacking one, its first text column. Drawn as SVG on the server, so
 * that the page needs no script for it and keeps the strict CSP.
 */
record BarChart(String valueColumn, String categoryColumn, List<Bar> bars, int width, int height) {

	static final int MAX_BARS = 40;

	private static final int WIDTH = 640;

	private static final int HEIGHT = 260;

	private static final int AXIS = 40;

	static Optional<BarChart> of(TableView table, List<Map<String, Object>> rows) {
		// Amounts (Double, Decimal) before counts and ids (Int64); only columns that hold
		// values.
		Optional<ColumnView> value = first(table, rows, "DOUBLE", "DECIMAL").or(() -> first(table, rows, "INT64"));
		Optional<ColumnView> category = first(table, rows, "DATETIME").or(() -> first(table, rows, "STRING"));
		if (value.isEmpty() || category.isEmpty()) {
			return Optional.empty();
		}
		boolean byDay = "DATETIME".equals(category.get().type());
		TreeMap<String, BigDecimal> sums = new TreeMap<>();
		for (Map<String, Object> row : rows) {
			Object key = row.get(category.get().name());
			Object amount = row.get(value.get().name());
			if (key == null || !(amount instanceof Number number)) {
				continue;
			}
			String label = byDay && key.toString().length() >= 10 ? key.toString().substring(0, 10) : key.toString();
			sums.merge(label, new BigDecimal(number.toString()), BigDecimal::add);
		}
		return Optional.of(new BarChart(value.get().name(), category.get().name(), bars(sums), WIDTH, HEIGHT));
	}

	private static Optional<ColumnView> first(TableView table, List<Map<String, Object>> rows, String... types) {
		List<String> wanted = List.of(types);
		return table.columns()
			.stream()
			.filter((column) -> wanted.contains(column.type()))
			.filter((column) -> rows.stream().anyMatch((row) -> row.get(column.name()) != null))
			.findFirst();
	}

	private static List<Bar> bars(TreeMap<String, BigDecimal> sums) {
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
