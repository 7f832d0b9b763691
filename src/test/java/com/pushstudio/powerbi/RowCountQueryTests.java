package com.pushstudio.powerbi;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Counting rows is a courtesy: when a dataset will not answer DAX, the count is unknown,
 * not an error.
 */
class RowCountQueryTests {

	private static final Workspace SALES = Workspace.of("f089354e-8366-4e18-aea3-4cb4a3a50b48");

	private final FakePowerBi powerBi = FakePowerBi.start();

	private final PowerBiClient client = TestClients.against(this.powerBi, new CountingTokens());

	@AfterEach
	void stop() {
		this.powerBi.close();
	}

	@Test
	void anEmptyTablesBlankCountIsZero() {
		this.powerBi.answer(200, "{\"results\":[{\"tables\":[{\"rows\":[{\"[count]\":null}]}]}]}");

		assertThat(this.client.rowCount("ada", SALES, "d1", "Product")).hasValue(0);
	}

	@Test
	void aRefusedQueryLeavesTheCountUnknown() {
		this.powerBi.answer(400, "{\"error\":{\"code\":\"DatasetExecuteQueriesError\"}}")
			.answer(403, "{\"error\":{\"code\":\"PowerBINotAuthorizedException\"}}")
			.answer(200, "{\"results\":[{\"error\":{\"code\":\"QueryError\",\"message\":\"no\"}}]}")
			.answer(200, "{\"results\":[{\"tables\":[{\"rows\":[{\"[other]\":1}]}]}]}");

		for (int i = 0; i < 4; i++) {
			assertThat(this.client.rowCount("ada", SALES, "d1", "Product")).isEmpty();
		}
	}

	@Test
	void aMissingDatasetIsStillAnError() {
		this.powerBi.answer(404, "{\"error\":{\"code\":\"ItemNotFound\"}}");

		assertThatExceptionOfType(PowerBiNotFoundException.class)
			.isThrownBy(() -> this.client.rowCount("ada", SALES, "d1", "Product"));
	}

}
