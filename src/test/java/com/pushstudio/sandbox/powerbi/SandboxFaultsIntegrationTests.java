package com.pushstudio.sandbox.powerbi;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Faults switched on at runtime show the client the failures Power BI can produce. */
@SandboxPowerBiTest
class SandboxFaultsIntegrationTests extends SandboxPowerBiTestSupport {

	@Test
	void anInjectedThrottleIs429WithRetryAfterAndStoresNothing() {
		String id = this.api.createDataset("", "None");
		this.faults.retryAfter(Duration.ofSeconds(7));
		this.faults.throttleNext(1);
		var throttled = this.api.post(path(id), rows("{\"ProductID\":1}"));
		assertThat(throttled.status()).isEqualTo(429);
		assertThat(throttled.headers().getFirst("Retry-After")).isEqualTo("7");
		assertThat(throttled.errorCode()).isEqualTo("TooManyRequests");
		assertThat(this.tableRows.count(id, "Product")).isZero();
		assertThat(this.api.post(path(id), rows("{\"ProductID\":1}")).status()).isEqualTo(200);
	}

	@Test
	void anInjectedServerErrorComesBeforeAnythingIsStored() {
		String id = this.api.createDataset("", "None");
		this.faults.failNext(1);
		assertThat(this.api.post(path(id), rows("{\"ProductID\":1}")).status()).isEqualTo(500);
		assertThat(this.tableRows.count(id, "Product")).isZero();
	}

	@Test
	void acceptedThenDroppedStoresTheRowsButAnswers500() {
		String id = this.api.createDataset("", "None");
		this.faults.dropNext(1);
		var answer = this.api.post(path(id), rows("{\"ProductID\":1}", "{\"ProductID\":2}"));
		assertThat(answer.status()).isEqualTo(500);
		assertThat(this.tableRows.count(id, "Product")).isEqualTo(2);
	}

	@Test
	void faultsHitOnlyPostRowsUnlessScopedToAll() {
		this.faults.failNext(1);
		assertThat(this.api.get("/groups").status()).isEqualTo(200);
		this.faults.scope(SandboxFaults.Scope.ALL);
		assertThat(this.api.get("/groups").status()).isEqualTo(500);
	}

	@Test
	void refusingNewDatasetsAnswersFeatureDeprecatedError() {
		this.faults.refuseNewDatasets(true);
		var answer = this.api.post("/datasets", PowerBiTestClient.SAMPLE_DATASET);
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.errorCode()).isEqualTo("FeatureDeprecatedError");
	}

	private static String path(String id) {
		return "/datasets/" + id + "/tables/Product/rows";
	}

}
