package com.pushstudio.sandbox.powerbi;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox enforces the documented push limits: per request, per value, per schema and
 * per time window (windows shortened, time moved by the test clock).
 */
@SandboxPowerBiTest
class SandboxRowLimitsIntegrationTests extends SandboxPowerBiTestSupport {

	@Autowired
	PushLimiter limiter;

	@Test
	void aPostOfMoreThan10000RowsIsRefused() {
		String path = rowsPath(this.api.createDataset("", "basicFIFO"));
		var answer = this.api.post(path, rows(ids(0, 10_001)));
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.details()).contains("at most 10000 rows");
	}

	@Test
	void aPostOfMoreThan16MegabytesIsRefused() {
		String path = rowsPath(this.api.createDataset("", "basicFIFO"));
		String name = "x".repeat(3_000);
		String row = "{\"Name\":\"" + name + "\"}";
		var answer = this.api.post(path, rows(Collections.nCopies(5_400, row).toArray(String[]::new)));
		assertThat(answer.status()).isEqualTo(413);
		assertThat(answer.errorCode()).isEqualTo("RequestEntityTooLarge");
	}

	@Test
	void stringsLongerThan4000CharactersAreRefused() {
		String path = rowsPath(this.api.createDataset("", "None"));
		assertThat(this.api.post(path, rows("{\"Name\":\"" + "x".repeat(4_000) + "\"}")).status()).isEqualTo(200);
		var answer = this.api.post(path, rows("{\"Name\":\"" + "x".repeat(4_001) + "\"}"));
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.details()).contains("longer than 4000 characters").contains("rows[0].Name");
	}

	@Test
	void everyValueIsCheckedAgainstItsColumnTypeAndTheAnswerNamesRowAndColumn() {
		String path = rowsPath(this.api.createDataset("", "None"));
		var answer = this.api.post(path,
				rows("{\"ProductID\":1}", "{\"ProductID\":9223372036854775807}", "{\"ProductID\":\"7\"}",
						"{\"Price\":\"NaN\"}", "{\"IsCompete\":\"yes\"}", "{\"ManufacturedOn\":\"30.07.2014\"}",
						"{\"Cost\":1e30}", "{\"Name\":42}"));
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.errorCode()).isEqualTo("BadRequest");
		assertThat(answer.json().path("error").path("details").findValuesAsString("target")).containsExactly(
				"rows[1].ProductID", "rows[2].ProductID", "rows[3].Price", "rows[4].IsCompete",
				"rows[5].ManufacturedOn", "rows[6].Cost", "rows[7].Name");
		assertThat(this.tableRows.count(this.datasetOf(path), "Product")).isZero();
	}

	@Test
	void theDocumentedValueFormsAreAccepted() {
		String path = rowsPath(this.api.createDataset("", "None"));
		var answer = this.api.post(path,
				rows("{\"ProductID\":-9223372036854775807,\"Price\":-1.5e300,\"Cost\":12345.6789,\"IsCompete\":false,"
						+ "\"ManufacturedOn\":\"07/30/2014\",\"Name\":null}", "{\"ManufacturedOn\":\"2014-07-30\"}",
						"{\"ManufacturedOn\":\"2014-07-30T10:15:00.123+02:00\"}"));
		assertThat(answer.status()).isEqualTo(200);
	}

	@Test
	void aColumnTheTableDoesNotHaveIsRefused() {
		String path = rowsPath(this.api.createDataset("", "None"));
		var answer = this.api.post(path, rows("{\"productid\":1}"));
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.details()).contains("no such column").contains("rows[0].productid");
	}

	@Test
	void aDatasetHasAtMost75TablesOf75Columns() {
		assertThat(this.api.post("/datasets", dataset(75, 75)).status()).isEqualTo(201);
		var tables = this.api.post("/datasets", dataset(76, 1));
		assertThat(tables.status()).isEqualTo(400);
		assertThat(tables.details()).contains("at most 75 tables");
		var columns = this.api.post("/datasets", dataset(1, 76));
		assertThat(columns.status()).isEqualTo(400);
		assertThat(columns.details()).contains("at most 75 columns");
	}

	@Test
	void tableNamesFollowTheSwaggerPattern() {
		var dotted = this.api.post("/datasets", dataset(1, 1).replace("\"T0\"", "\"Sales.2024\""));
		assertThat(dotted.status()).isEqualTo(400);
		assertThat(dotted.details()).contains("Sales.2024");
		var tooLong = this.api.post("/datasets", dataset(1, 1).replace("\"T0\"", "\"" + "t".repeat(101) + "\""));
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(this.api.post("/datasets", dataset(1, 1).replace("\"T0\"", "\"Ventes été #1 - Q~\"")).status())
			.isEqualTo(201);
	}

	@Test
	void moreThan120RequestsPerWindowAreThrottledUntilTheWindowMoves() {
		String path = rowsPath(this.api.createDataset("", "None"));
		for (int i = 0; i < 120; i++) {
			assertThat(this.api.post(path, rows()).status()).isEqualTo(200);
		}
		var throttled = this.api.post(path, rows());
		assertThat(throttled.status()).isEqualTo(429);
		assertThat(throttled.headers().getFirst("Retry-After")).isEqualTo("2");
		assertThat(throttled.json().path("error").path("message").asString()).contains("120");
		this.clock.advance(Duration.ofSeconds(2));
		assertThat(this.api.post(path, rows()).status()).isEqualTo(200);
	}

	@Test
	void onceATableIsBigOnlyFewRequestsPerHourWindowAreAllowed() {
		String path = rowsPath(this.api.createDataset("", "None"));
		assertThat(this.api.post(path, rows(ids(0, 20))).status()).isEqualTo(200);
		for (int i = 0; i < 4; i++) {
			assertThat(this.api.post(path, rows()).status()).isEqualTo(200);
		}
		var throttled = this.api.post(path, rows());
		assertThat(throttled.status()).isEqualTo(429);
		assertThat(throttled.headers().getFirst("Retry-After")).isEqualTo("10");
		String small = rowsPath(this.api.createDataset("", "None"));
		for (int i = 0; i < 8; i++) {
			assertThat(this.api.post(small, rows("{\"ProductID\":1}")).status()).isEqualTo(200);
		}
	}

	@Test
	void rowsPerHourWindowAreCappedPerDataset() {
		String path = rowsPath(this.api.createDataset("", "basicFIFO"));
		assertThat(this.api.post(path, rows(ids(0, 10_000))).status()).isEqualTo(200);
		var throttled = this.api.post(path, rows("{\"ProductID\":1}"));
		assertThat(throttled.status()).isEqualTo(429);
		assertThat(throttled.json().path("error").path("message").asString())
			.isEqualTo("Maximum number of rows exceeded in time window. Please retry later");
		assertThat(throttled.headers().getFirst("Retry-After")).isEqualTo("10");
		this.clock.advance(Duration.ofSeconds(10));
		assertThat(this.api.post(path, rows("{\"ProductID\":1}")).status()).isEqualTo(200);
	}

	@Test
	void aSixthPendingRequestOnADatasetIsThrottled() {
		String path = rowsPath(this.api.createDataset("", "None"));
		List<PushLimiter.Slot> inFlight = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			inFlight.add(this.limiter.enter(datasetOf(path)));
		}
		try {
			var throttled = this.api.post(path, rows("{\"ProductID\":1}"));
			assertThat(throttled.status()).isEqualTo(429);
			assertThat(throttled.headers().getFirst("Retry-After")).isNotBlank();
		}
		finally {
			inFlight.forEach(PushLimiter.Slot::close);
		}
		assertThat(this.api.post(path, rows("{\"ProductID\":1}")).status()).isEqualTo(200);
	}

	@Test
	void basicFifoKeepsTheNewestRows() {
		String path = rowsPath(this.api.createDataset("", "basicFIFO"));
		this.api.post(path, rows(ids(0, 25)));
		this.api.post(path, rows(ids(25, 35)));
		var kept = this.tableRows.rows(datasetOf(path), "Product");
		assertThat(kept).hasSize(30);
		assertThat(kept.get(0).get("ProductID")).isEqualTo(5);
		assertThat(kept.get(29).get("ProductID")).isEqualTo(34);
	}

	@Test
	void aNoneRetentionTableStopsAtItsCap() {
		String path = rowsPath(this.api.createDataset("", "None"));
		assertThat(this.api.post(path, rows(ids(0, 40))).status()).isEqualTo(200);
		var full = this.api.post(path, rows(ids(40, 41)));
		assertThat(full.status()).isEqualTo(400);
		assertThat(full.details()).contains("more than 40 rows");
		assertThat(this.tableRows.count(datasetOf(path), "Product")).isEqualTo(40);
	}

	private static String rowsPath(String datasetId) {
		return "/datasets/" + datasetId + "/tables/Product/rows";
	}

	private String datasetOf(String path) {
		return path.split("/")[2];
	}

	private static String[] ids(int from, int to) {
		return IntStream.range(from, to).mapToObj((i) -> "{\"ProductID\":" + i + "}").toArray(String[]::new);
	}

	private static String dataset(int tables, int columns) {
		String columnJson = IntStream.range(0, columns)
			.mapToObj((c) -> "{\"name\":\"C" + c + "\",\"dataType\":\"Int64\"}")
			.collect(Collectors.joining(","));
		String tableJson = IntStream.range(0, tables)
			.mapToObj((t) -> "{\"name\":\"T" + t + "\",\"columns\":[" + columnJson + "]}")
			.collect(Collectors.joining(","));
		return "{\"name\":\"Wide\",\"tables\":[" + tableJson + "]}";
	}

}
