package com.pushstudio.sandbox.powerbi;

import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Execute Queries answers the small DAX subset in its general form, in the documented
 * result shape and bounds (the test context bounds an answer at 5 rows and 24 values),
 * and refuses any other DAX as Power BI does.
 */
@SandboxPowerBiTest
class SandboxExecuteQueriesIntegrationTests extends SandboxPowerBiTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private String datasetId;

	@BeforeEach
	void datasetWithTwoProducts() {
		this.datasetId = this.api.createDataset("", "None");
		this.api.post("/datasets/" + this.datasetId + "/tables/Product/rows",
				rows("{\"ProductID\":1,\"Name\":\"Adjustable Race\"}", "{\"ProductID\":2}"));
	}

	@Test
	void theClientsOwnRowCountQueryIsAnswered() {
		// Exactly what powerbi.PowerBiClient#rowCount sends (powerbi.RowCountQuery).
		var answer = query("{\"queries\":[{\"query\":\"EVALUATE ROW(\\\"count\\\", COUNTROWS('Product'))\"}],"
				+ "\"serializerSettings\":{\"includeNulls\":true}}");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(rows(answer).get(0).properties()).hasSize(1);
		assertThat(rows(answer).get(0).path("[count]").asLong()).isEqualTo(2);
	}

	@Test
	void rowCountTakesAnyColumnNameAndAnyLayout() {
		var answer = dax("evaluate\n  row ( \"How many \"\"rows\"\"\" ,\n\tcountrows( 'PRODUCT' ) )\n");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(rows(answer).get(0).path("[How many \"rows\"]").asLong()).isEqualTo(2);
	}

	@Test
	void aWholeTableAnswersEveryRowWithTableQualifiedKeysLeavingBlanksOut() {
		var answer = dax("EVALUATE 'product'");
		assertThat(answer.status()).isEqualTo(200);
		JsonNode rows = rows(answer);
		assertThat(rows.size()).isEqualTo(2);
		assertThat(JSON.convertValue(rows.get(0), Map.class)).containsOnly(Map.entry("Product[ProductID]", 1),
				Map.entry("Product[Name]", "Adjustable Race"));
		assertThat(JSON.convertValue(rows.get(1), Map.class)).containsOnly(Map.entry("Product[ProductID]", 2));
	}

	@Test
	void includeNullsAnswersBlanksAsNulls() {
		var answer = query("{\"queries\":[{\"query\":\"EVALUATE TOPN(1, 'Product')\"}],"
				+ "\"serializerSettings\":{\"includeNulls\":true}}");
		JsonNode row = rows(answer).get(0);
		assertThat(row.properties()).hasSize(8);
		assertThat(row.path("Product[Category]").isNull()).isTrue();
	}

	@Test
	void topNAnswersTheFirstRows() {
		assertThat(rows(dax("EVALUATE TOPN(1, 'Product')")).size()).isEqualTo(1);
		assertThat(rows(dax("EVALUATE TOPN(0, 'Product')")).size()).isZero();
		assertThat(rows(dax("EVALUATE TOPN(50, 'Product')")).size()).isEqualTo(2);
	}

	@Test
	void aDoubledQuoteInsideATableNameStandsForOne() {
		// Push table names cannot hold an apostrophe, so such a table is never found.
		var answer = dax("EVALUATE 'Product''s'");
		assertThat(answer.errorCode()).isEqualTo("DatasetExecuteQueriesError");
		assertThat(answer.json().path("error").path("message").asString()).isEqualTo("Cannot find table 'Product's'.");
	}

	@Test
	void anAnswerStopsAtTheValueBoundWithAnErrorAndStatus200() {
		this.api.post("/datasets/" + this.datasetId + "/tables/Product/rows",
				rows("{\"ProductID\":3}", "{\"ProductID\":4}"));
		var answer = dax("EVALUATE 'Product'");
		assertThat(answer.status()).isEqualTo(200);
		// Eight columns and 24 values: three rows.
		assertThat(rows(answer).size()).isEqualTo(3);
		assertThat(answer.json().path("error").path("message").asString()).contains("More than 3 rows");
		assertThat(dax("EVALUATE TOPN(3, 'Product')").json().has("error")).isFalse();
	}

	@Test
	void anAnswerStopsAtTheRowBound() {
		var narrow = this.api.post("/datasets",
				"{\"name\":\"Narrow\",\"tables\":[{\"name\":\"N\",\"columns\":[{\"name\":\"Id\",\"dataType\":\"Int64\"}]}]}");
		String narrowId = narrow.json().path("id").asString();
		this.api.post("/datasets/" + narrowId + "/tables/N/rows",
				rows("{\"Id\":1}", "{\"Id\":2}", "{\"Id\":3}", "{\"Id\":4}", "{\"Id\":5}", "{\"Id\":6}", "{\"Id\":7}"));
		var answer = dax(narrowId, "EVALUATE 'N'");
		assertThat(rows(answer).size()).isEqualTo(5);
		assertThat(answer.json().path("error").path("message").asString()).contains("More than 5 rows");
		assertThat(dax(narrowId, "EVALUATE TOPN(5, 'N')").json().has("error")).isFalse();
	}

	@Test
	void anyOtherDaxIsRefusedWithDatasetExecuteQueriesError() {
		for (String dax : new String[] { "EVALUATE VALUES(Product)", "EVALUATE Product",
				"EVALUATE ROW(\"count\", COUNTROWS('Product')) ORDER BY [count]", "EVALUATE TOPN(-1, 'Product')",
				"EVALUATE FILTER('Product', [ProductID] = 1)", "DEFINE MEASURE Product[x] = 1 EVALUATE 'Product'",
				"SELECT * FROM Product" }) {
			var answer = dax(dax);
			assertThat(answer.status()).as(dax).isEqualTo(400);
			assertThat(answer.errorCode()).as(dax).isEqualTo("DatasetExecuteQueriesError");
		}
	}

	@Test
	void anUnknownTableOrTwoQueriesAreRefused() {
		assertThat(dax("EVALUATE 'Orders'").errorCode()).isEqualTo("DatasetExecuteQueriesError");
		var two = query("{\"queries\":[{\"query\":\"EVALUATE 'Product'\"},{\"query\":\"EVALUATE 'Product'\"}]}");
		assertThat(two.status()).isEqualTo(400);
		assertThat(two.errorCode()).isEqualTo("DatasetExecuteQueriesError");
	}

	private PowerBiTestClient.Answer dax(String dax) {
		return dax(this.datasetId, dax);
	}

	private PowerBiTestClient.Answer dax(String datasetId, String dax) {
		return this.api.post("/datasets/" + datasetId + "/executeQueries",
				JSON.writeValueAsString(Map.of("queries", java.util.List.of(Map.of("query", dax)))));
	}

	private PowerBiTestClient.Answer query(String body) {
		return this.api.post("/datasets/" + this.datasetId + "/executeQueries", body);
	}

	private static JsonNode rows(PowerBiTestClient.Answer answer) {
		return answer.json().path("results").get(0).path("tables").get(0).path("rows");
	}

}
