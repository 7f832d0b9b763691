package com.pushstudio.sandbox.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.pushstudio.sandbox.powerbi.SandboxReportViews.ColumnView;
import com.pushstudio.sandbox.powerbi.SandboxReportViews.TableView;

/**
 * Adds a table's rows into its {@link BarChart} one row at a time, so that a table of any
 * size is charted in memory bounded by its columns, not its rows.
 * <p>
 * The chart sums the first amount column (Double, Decimal, then Int64: amounts before
 * counts and ids) over the first date column, else the first text column, counting only
 * columns that hold a value in some row. Which columns those are is known only at the
 * last row, so every pair of candidates is summed until a row rules it out.
 */
final class BarChartSums {

	private final List<ColumnView> values;

	private final List<ColumnView> categories;

	/** The sums of each candidate pair, [value][category]. */
	private final List<List<TreeMap<String, BigDecimal>>> sums = new ArrayList<>();

	/**
	 * How many candidates are still in the running: once a row holds a value in one, the
	 * candidates after it can no longer be chosen.
	 */
	private int valuesLeft;

	private int categoriesLeft;

	private boolean valueSeen;

	private boolean categorySeen;

	BarChartSums(TableView table) {
		this.values = Stream.concat(ofType(table, "DOUBLE", "DECIMAL"), ofType(table, "INT64")).toList();
		this.categories = Stream.concat(ofType(table, "DATETIME"), ofType(table, "STRING")).toList();
		this.valuesLeft = this.values.size();
		this.categoriesLeft = this.categories.size();
		for (int v = 0; v < this.values.size(); v++) {
			this.sums.add(Stream.generate(TreeMap<String, BigDecimal>::new).limit(this.categories.size()).toList());
		}
	}

	void add(Map<String, Object> row) {
		int value = firstHeld(this.values, this.valuesLeft, row);
		if (value >= 0) {
			this.valuesLeft = value + 1;
			this.valueSeen = true;
		}
		int category = firstHeld(this.categories, this.categoriesLeft, row);
		if (category >= 0) {
			this.categoriesLeft = category + 1;
			this.categorySeen = true;
		}
		for (int v = 0; v < this.valuesLeft; v++) {
			for (int c = 0; c < this.categoriesLeft; c++) {
				add(this.sums.get(v).get(c), row.get(this.categories.get(c).name()), this.categories.get(c),
						row.get(this.values.get(v).name()));
			}
		}
	}

	Optional<BarChart> chart() {
		if (!this.valueSeen || !this.categorySeen) {
			return Optional.empty();
		}
		int value = this.valuesLeft - 1;
		int category = this.categoriesLeft - 1;
		return Optional.of(BarChart.of(this.values.get(value).name(), this.categories.get(category).name(),
				this.sums.get(value).get(category)));
	}

	/**
	 * Keeps the sums of the {@link BarChart#MAX_BARS} first labels only: a label that
	 * falls out can never come back in, as labels are only ever added.
	 */
	private static void add(TreeMap<String, BigDecimal> sums, Object key, ColumnView category, Object amount) {
		if (key == null || !(amount instanceof Number number)) {
			return;
		}
		String label = key.toString();
		if ("DATETIME".equals(category.type()) && label.length() >= 10) {
			label = label.substring(0, 10);
		}
		if (sums.size() >= BarChart.MAX_BARS && label.compareTo(sums.lastKey()) > 0) {
			return;
		}
		sums.merge(label, new BigDecimal(number.toString()), BigDecimal::add);
		if (sums.size() > BarChart.MAX_BARS) {
			sums.pollLastEntry();
		}
	}

	private static int firstHeld(List<ColumnView> candidates, int left, Map<String, Object> row) {
		for (int i = 0; i < left; i++) {
			if (row.get(candidates.get(i).name()) != null) {
				return i;
			}
		}
		return -1;
	}

	private static Stream<ColumnView> ofType(TableView table, String... types) {
		List<String> wanted = List.of(types);
		return table.columns().stream().filter((column) -> wanted.contains(column.type()));
	}

}
