package com.pushstudio.sandbox.powerbi;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The sandbox answers each push operation with Power BI's JSON, in both path forms. */
@SandboxPowerBiTest
class SandboxDatasetsIntegrationTests extends SandboxPowerBiTestSupport {

	@Test
	void getGroupsListsTheDemoWorkspacesButNotMyWorkspace() {
		var groups = this.api.get("/groups");
		assertThat(groups.status()).isEqualTo(200);
		assertThat(groups.json().path("value").findValuesAsString("name")).containsExactly("Operations (sandbox)",
				"Sales (sandbox)");
		assertThat(groups.json().path("value").get(0).path("isReadOnly").asBoolean(true)).isFalse();
		assertThat(this.api.get("/groups?$top=1&$skip=1").json().path("value").findValuesAsString("name"))
			.containsExactly("Sales (sandbox)");
	}

	@Test
	void postDatasetAnswers201WithIdNameAndRetentionPolicy() {
		var created = this.api.post("/datasets?defaultRetentionPolicy=basicFIFO", PowerBiTestClient.SAMPLE_DATASET);
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().path("name").asString()).isEqualTo("SalesMarketing");
		assertThat(created.json().path("defaultRetentionPolicy").asString()).isEqualTo("basicFIFO");
		assertThat(created.json().path("id").asString()).hasSize(36);
		assertThat(created.headers().getFirst("RequestId")).isNotBlank();
	}

	@Test
	void getDatasetsInAGroupListsOnlyThatGroupsDatasets() {
		String sales = groupId("Sales (sandbox)");
		String id = this.api.createDataset("/groups/" + sales, "None");
		var inGroup = this.api.get("/groups/" + sales + "/datasets").json().path("value");
		assertThat(inGroup.findValuesAsString("name")).containsExactly(WorkspaceDirectory.NON_PUSH_DATASET,
				"SalesMarketing");
		assertThat(inGroup.get(1).path("id").asString()).isEqualTo(id);
		assertThat(inGroup.get(1).path("addRowsAPIEnabled").asBoolean()).isTrue();
		assertThat(inGroup.get(1).path("configuredBy").asString()).isEqualTo(this.user + "@sandbox.example");
		assertThat(this.api.get("/datasets").json().path("value").size()).isZero();
	}

	@Test
	void getTablesAnswersTableNamesOnlyAsPowerBiDoes() {
		String id = this.api.createDataset("", "None");
		var tables = this.api.get("/datasets/" + id + "/tables");
		assertThat(tables.status()).isEqualTo(200);
		assertThat(tables.json().path("value").toString()).isEqualTo("[{\"name\":\"Product\"}]");
	}

	@Test
	void putTableAnswersTheNameAndChangesTheColumnsRowsAreCheckedAgainst() {
		String id = this.api.createDataset("", "None");
		var put = this.api.put("/datasets/" + id + "/tables/Product",
				"{\"name\":\"Product\",\"columns\":[{\"name\":\"ProductID\",\"dataType\":\"Int64\"},"
						+ "{\"name\":\"NewColumn\",\"dataType\":\"string\"}]}");
		assertThat(put.status()).isEqualTo(200);
		assertThat(put.text()).isEqualTo("{\"name\":\"Product\"}");
		String rows = "/datasets/" + id + "/tables/Product/rows";
		assertThat(this.api.post(rows, rows("{\"ProductID\":1,\"NewColumn\":\"x\"}")).status()).isEqualTo(200);
		assertThat(this.api.post(rows, rows("{\"Name\":\"gone\"}")).status()).isEqualTo(400);
	}

	@Test
	void getDatasetAnswersOneDatasetInBothPathForms() {
		String sales = groupId("Sales (sandbox)");
		String id = this.api.createDataset("/groups/" + sales, "None");
		var inGroup = this.api.get("/groups/" + sales + "/datasets/" + id);
		assertThat(inGroup.status()).isEqualTo(200);
		assertThat(inGroup.json().path("id").asString()).isEqualTo(id);
		assertThat(inGroup.json().path("name").asString()).isEqualTo("SalesMarketing");
		assertThat(inGroup.json().path("addRowsAPIEnabled").asBoolean()).isTrue();
		assertThat(inGroup.json().has("@odata.context")).isFalse();
		assertThat(this.api.get("/datasets/" + id).json()).isEqualTo(inGroup.json());
		String nonPush = this.api.get("/groups/" + sales + "/datasets")
			.json()
			.path("value")
			.get(0)
			.path("id")
			.asString();
		assertThat(this.api.get("/groups/" + sales + "/datasets/" + nonPush)
			.json()
			.path("addRowsAPIEnabled")
			.asBoolean(true)).isFalse();
	}

	@Test
	void deleteDatasetRemovesItWithItsRowsAndTheReportsBoundToIt() {
		String sales = groupId("Sales (sandbox)");
		String id = this.api.createDataset("/groups/" + sales, "None");
		this.api.post("/datasets/" + id + "/tables/Product/rows", rows("{\"ProductID\":1}"));
		String reports = "/groups/" + sales + "/reports";
		String template = this.api.get(reports).json().path("value").get(0).path("id").asString();
		var clone = this.api.post(reports + "/" + template + "/Clone",
				"{\"name\":\"On the dataset\",\"targetModelId\":\"" + id + "\"}");
		assertThat(clone.status()).as(clone.text()).isEqualTo(200);
		var deleted = this.api.delete("/groups/" + sales + "/datasets/" + id);
		assertThat(deleted.status()).isEqualTo(200);
		assertThat(deleted.text()).isEmpty();
		assertThat(this.api.get("/datasets/" + id).status()).isEqualTo(404);
		assertThat(this.api.get("/groups/" + sales + "/datasets").json().path("value").findValuesAsString("id"))
			.doesNotContain(id);
		assertThat(this.tableRows.count(id, "Product")).isZero();
		assertThat(this.api.get(reports + "/" + clone.json().path("id").asString()).status()).isEqualTo(404);
		assertThat(this.api.get(reports + "/" + template).status()).isEqualTo(200);
		assertThat(this.api.delete("/datasets/" + id).status()).isEqualTo(404);
	}

	@Test
	void getAndDeleteDatasetAnswer404ForAnotherUsersDatasetOrAnUnknownId() {
		String id = this.api.createDataset("", "None");
		var stranger = new PowerBiTestClient(this.port, this.tokens.forUser("someone-else"));
		for (var answer : new PowerBiTestClient.Answer[] { stranger.get("/datasets/" + id),
				stranger.delete("/datasets/" + id), this.api.get("/datasets/" + java.util.UUID.randomUUID()),
				this.api.delete("/groups/" + groupId("Sales (sandbox)") + "/datasets/" + id) }) {
			assertThat(answer.status()).isEqualTo(404);
			assertThat(answer.errorCode()).isEqualTo("ItemNotFound");
		}
		assertThat(this.api.get("/datasets/" + id).status()).isEqualTo(200);
	}

	@Test
	void webUrlsAndODataContextsAreAbsoluteWithTheHostAndPortThatWasCalled() {
		String sales = groupId("Sales (sandbox)");
		String id = this.api.createDataset("/groups/" + sales, "None");
		String origin = "http://localhost:" + this.port;
		var datasets = this.api.get("/groups/" + sales + "/datasets").json();
		assertThat(datasets.path("@odata.context").asString())
			.isEqualTo(origin + "/sandbox/powerbi/v1.0/myorg/$metadata#datasets");
		assertThat(this.api.get("/groups").json().path("@odata.context").asString()).startsWith(origin + "/");
		assertThat(this.api.get("/datasets/" + id + "/tables").json().path("@odata.context").asString())
			.startsWith(origin + "/");
		String webUrl = this.api.get("/datasets/" + id).json().path("webUrl").asString();
		assertThat(webUrl).isEqualTo(origin + "/sandbox/powerbi/datasets/" + id);
		assertThat(this.api.get("/groups/" + sales + "/reports").json().path("value").get(0).path("webUrl").asString())
			.startsWith(origin + "/sandbox/powerbi/reports/");
		var page = org.springframework.web.client.RestClient.create()
			.get()
			.uri(webUrl)
			.exchange((request, response) -> new String[] { String.valueOf(response.getStatusCode().value()),
					new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8) });
		assertThat(page[0]).isEqualTo("200");
		assertThat(page[1]).contains("SalesMarketing").contains("Product");
	}

	@Test
	void postRowsStoresTheRowsAndDeleteRowsEmptiesTheTable() {
		String sales = groupId("Sales (sandbox)");
		String id = this.api.createDataset("/groups/" + sales, "None");
		String path = "/groups/" + sales + "/datasets/" + id + "/tables/Product/rows";
		var posted = this.api.post(path,
				rows("{\"ProductID\":1,\"Name\":\"Adjustable Race\",\"Category\":\"Components\",\"IsCompete\":true,"
						+ "\"ManufacturedOn\":\"07/30/2014\",\"Price\":1.5,\"Cost\":0.25}",
						"{\"ProductID\":2,\"ManufacturedOn\":\"2014-07-30T10:00:00Z\"}"));
		assertThat(posted.status()).isEqualTo(200);
		assertThat(posted.text()).isEmpty();
		assertThat(this.tableRows.rows(id, "Product")).hasSize(2)
			.first()
			.satisfies((row) -> assertThat(row).containsEntry("Name", "Adjustable Race"));
		assertThat(this.api.delete(path).status()).isEqualTo(200);
		assertThat(this.tableRows.count(id, "Product")).isZero();
	}

	@Test
	void executeQueriesCountsTheRowsOfATable() {
		String id = this.api.createDataset("", "None");
		this.api.post("/datasets/" + id + "/tables/Product/rows", rows("{\"ProductID\":1}", "{\"ProductID\":2}"));
		var answer = this.api.post("/datasets/" + id + "/executeQueries",
				"{\"queries\":[{\"query\":\"EVALUATE ROW(\\\"count\\\", COUNTROWS('Product'))\"}]}");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(
				answer.json().path("results").get(0).path("tables").get(0).path("rows").get(0).path("[count]").asLong())
			.isEqualTo(2);
		var other = this.api.post("/datasets/" + id + "/executeQueries",
				"{\"queries\":[{\"query\":\"EVALUATE VALUES(Product)\"}]}");
		assertThat(other.status()).isEqualTo(400);
		assertThat(other.errorCode()).isEqualTo("DatasetExecuteQueriesError");
	}

	@Test
	void countOfAnEmptyTableIsBlankAndLeftOutAsPowerBiDoes() {
		String id = this.api.createDataset("", "None");
		var answer = this.api.post("/datasets/" + id + "/executeQueries",
				"{\"queries\":[{\"query\":\"EVALUATE ROW(\\\"count\\\", COUNTROWS('Product'))\"}]}");
		assertThat(answer.json().path("results").get(0).path("tables").get(0).path("rows").get(0).isEmpty()).isTrue();
	}

	@Test
	void unknownPropertyInPostDatasetIsA400NamingIt() {
		var answer = this.api.post("/datasets",
				"{\"name\":\"x\",\"compatibilityLevel\":1550,\"tables\":[{\"name\":\"T\",\"columns\":[{\"name\":\"a\",\"dataType\":\"Int64\"}]}]}");
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.errorCode()).isEqualTo("BadRequest");
		assertThat(answer.details()).contains("The property 'compatibilityLevel' does not exist on type")
			.contains("\"target\":\"dataset\"");
		var column = this.api.post("/datasets",
				"{\"name\":\"x\",\"tables\":[{\"name\":\"T\",\"columns\":[{\"name\":\"a\",\"datatype\":\"Int64\"}]}]}");
		assertThat(column.details()).contains("'datatype'");
	}

	@Test
	void tableNamesAreCaseSensitive() {
		String id = this.api.createDataset("", "None");
		var answer = this.api.post("/datasets/" + id + "/tables/product/rows", rows("{\"ProductID\":1}"));
		assertThat(answer.status()).isEqualTo(404);
		assertThat(answer.errorCode()).isEqualTo("ItemNotFound");
	}

	@Test
	void pushOperationsRefuseADatasetThatIsNotAPushDataset() {
		String sales = groupId("Sales (sandbox)");
		String id = this.api.get("/groups/" + sales + "/datasets").json().path("value").get(0).path("id").asString();
		var answer = this.api.post("/groups/" + sales + "/datasets/" + id + "/tables/Sales/rows",
				rows("{\"Region\":\"North\"}"));
		assertThat(answer.status()).isEqualTo(404);
		assertThat(answer.errorCode()).isEqualTo("ItemNotFound");
		assertThat(answer.json().path("error").path("message").asString())
			.isEqualTo("Dataset " + id + " is not Push API dataset.");
	}

	@Test
	void aUserCannotSeeAnotherUsersDataset() {
		String id = this.api.createDataset("", "None");
		var stranger = new PowerBiTestClient(this.port, this.tokens.forUser("someone-else"));
		assertThat(stranger.get("/datasets/" + id + "/tables").status()).isEqualTo(404);
		assertThat(stranger.post("/datasets/" + id + "/tables/Product/rows", rows("{\"ProductID\":1}")).status())
			.isEqualTo(404);
		assertThat(stranger.get("/datasets").json().path("value").findValuesAsString("id")).doesNotContain(id);
		assertThat(stranger.get("/groups/" + groupId("Sales (sandbox)") + "/datasets").status()).isEqualTo(404);
	}

}
