package com.pushstudio.sandbox.powerbi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox's own pages read a table in bounded pieces: its first rows, or every row a
 * page at a time, in push order and only that table's.
 */
@SandboxPowerBiTest
class SandboxTableRowsIntegrationTests extends SandboxPowerBiTestSupport {

	@Autowired
	RowStore store;

	@Test
	void everyRowIsVisitedOnceInPushOrderAPageAtATime() {
		String datasetId = datasetWithRows(20);
		String other = datasetWithRows(3);

		for (int pageRows : new int[] { 1, 5, 7, 20, 100 }) {
			assertThat(ids(datasetId, pageRows)).as("pages of %d", pageRows)
				.containsExactlyElementsOf(IntStream.range(0, 20).boxed().toList());
		}
		assertThat(ids(other, 2)).containsExactly(0, 1, 2);
	}

	@Test
	void firstReadsOnlyTheOldestRows() {
		String datasetId = datasetWithRows(20);

		assertThat(this.tableRows.first(datasetId, "Product", 3)).extracting((row) -> row.get("ProductID"))
			.containsExactly(0, 1, 2);
		assertThat(this.tableRows.first(datasetId, "Product", 100)).hasSize(20);
		assertThat(this.tableRows.rows(datasetId, "Product")).hasSize(20);
	}

	@Test
	void anEmptyTableHasNoRows() {
		String datasetId = this.api.createDataset("", "None");

		assertThat(ids(datasetId, 5)).isEmpty();
		assertThat(this.tableRows.first(datasetId, "Product", 5)).isEmpty();
	}

	private String datasetWithRows(int count) {
		String datasetId = this.api.createDataset("", "None");
		this.store.append(datasetId, "Product",
				IntStream.range(0, count).mapToObj((id) -> "{\"ProductID\":" + id + "}").toList(), null);
		return datasetId;
	}

	private List<Object> ids(String datasetId, int pageRows) {
		List<Object> ids = new ArrayList<>();
		this.tableRows.forEach(datasetId, "Product", pageRows,
				(Map<String, Object> row) -> ids.add(row.get("ProductID")));
		return ids;
	}

}
