package com.pushstudio.sandbox.reports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.pushstudio.sandbox.powerbi.SandboxReportViews.ColumnView;
import com.pushstudio.sandbox.powerbi.SandboxReportViews.TableView;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A table's chart is summed one row at a time: the amounts by day or by text, the first
 * columns that hold values, and the first bars only, without keeping the rows.
 */
class BarChartSumsTests {

	private static final TableView SALES = new TableView("Sales",
			List.of(new ColumnView("Id", "INT64"), new ColumnView("Region", "STRING"),
					new ColumnView("Date", "DATETIME"), new ColumnView("Amount", "DOUBLE"),
					new ColumnView("Cost", "DECIMAL")));

	@Test
	void sumsTheFirstAmountColumnByDayOfTheFirstDateColumn() {
		BarChart chart = chart(SALES, row("Date", "2025-04-02T10:00:00.000Z", "Amount", 99.5, "Id", 1),
				row("Date", "2025-04-01T09:00:00.000Z", "Amount", 1500.25, "Id", 2),
				row("Date", "2025-04-02T17:30:00.000Z", "Amount", 110.5, "Id", 3), row("Amount", 7, "Id", 4));

		assertThat(chart.valueColumn()).isEqualTo("Amount");
		assertThat(chart.categoryColumn()).isEqualTo("Date");
		assertThat(bars(chart)).containsExactly("2025-04-01: 1500.25", "2025-04-02: 210");
	}

	@Test
	void aColumnEmptyInTheFirstRowsIsStillChosenOnceALaterRowFillsIt() {
		BarChart chart = chart(SALES, row("Region", "North", "Cost", 10, "Id", 1),
				row("Region", "South", "Cost", 20, "Id", 2),
				row("Region", "North", "Date", "2025-04-01T00:00:00Z", "Amount", 5.5, "Cost", 30, "Id", 3));

		assertThat(chart.valueColumn()).isEqualTo("Amount");
		assertThat(chart.categoryColumn()).isEqualTo("Date");
		assertThat(bars(chart)).containsExactly("2025-04-01: 5.5");
	}

	@Test
	void withoutADateTheFirstTextColumnAndWithoutAnAmountTheFirstWholeNumber() {
		BarChart chart = chart(SALES, row("Region", "North", "Id", 4), row("Region", "South", "Id", 2),
				row("Region", "North", "Id", 3));

		assertThat(chart.valueColumn()).isEqualTo("Id");
		assertThat(chart.categoryColumn()).isEqualTo("Region");
		assertThat(bars(chart)).containsExactly("North: 7", "South: 2");
	}

	@Test
	void keepsTheFirstBarsWithTheirWholeSumsWhateverOrderTheLabelsComeIn() {
		BarChartSums sums = new BarChartSums(SALES);
		for (int round = 0; round < 3; round++) {
			for (int label = 99; label >= 0; label--) {
				sums.add(row("Region", "R%02d".formatted(label), "Amount", label + 0.25));
			}
		}

		assertThat(bars(sums.chart().orElseThrow())).hasSize(BarChart.MAX_BARS)
			.containsExactlyElementsOf(IntStream.range(0, BarChart.MAX_BARS)
				.mapToObj((label) -> "R%02d: %s".formatted(label, 3 * (label + 0.25)))
				.toList());
	}

	@Test
	void noChartWithoutAFilledAmountAndCategory() {
		assertThat(sums(SALES, row("Region", "North"), row("Date", "2025-04-01T00:00:00Z")).chart()).isEmpty();
		assertThat(sums(SALES).chart()).isEmpty();
		assertThat(sums(new TableView("Flags", List.of(new ColumnView("On", "BOOLEAN"))), row("On", true)).chart())
			.isEmpty();
	}

	@SafeVarargs
	private static BarChart chart(TableView table, Map<String, Object>... rows) {
		return sums(table, rows).chart().orElseThrow();
	}

	@SafeVarargs
	private static BarChartSums sums(TableView table, Map<String, Object>... rows) {
		BarChartSums sums = new BarChartSums(table);
		for (Map<String, Object> row : rows) {
			sums.add(row);
		}
		return sums;
	}

	private static List<String> bars(BarChart chart) {
		return chart.bars().stream().map((bar) -> bar.label() + ": " + bar.value()).toList();
	}

	private static Map<String, Object> row(Object... namesAndValues) {
		Map<String, Object> row = new HashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			row.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return row;
	}

}
