package com.pushstudio.sandbox.powerbi;

import java.io.IOException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The sandbox's success answers fit the official swagger definitions. */
@SandboxPowerBiTest
class SandboxPowerBiContractTests extends SandboxPowerBiTestSupport {

	private static SwaggerChecker swagger;

	@BeforeAll
	static void loadSwagger() throws IOException {
		swagger = SwaggerChecker.load();
	}

	@Test
	void getGroupsFitsGroups() {
		assertThat(swagger.problems(this.api.get("/groups").json(), "Groups")).isEmpty();
	}

	@Test
	void getDatasetsFitsDatasetsAndPostDatasetFitsDataset() {
		var created = this.api.post("/datasets?defaultRetentionPolicy=basicFIFO", PowerBiTestClient.SAMPLE_DATASET);
		assertThat(swagger.problems(created.json(), "Dataset")).isEmpty();
		String sales = groupId("Sales (sandbox)");
		this.api.createDataset("/groups/" + sales, "None");
		var datasets = this.api.get("/groups/" + sales + "/datasets").json();
		assertThat(datasets.path("value").size()).isEqualTo(2);
		assertThat(swagger.problems(datasets, "Datasets")).isEmpty();
	}

	/**
	 * The swagger's Table requires {@code columns}, yet the service answers Get Tables
	 * with names only (microsoft/powerbi-powershell#397) and Put Table's own example with
	 * {@code {"name":"Product"}}: that one requirement is where the sandbox follows the
	 * service, not the definition.
	 */
	@Test
	void getTablesAndPutTableFitTheirDefinitionsButForTheColumnsTheServiceLeavesOut() {
		String id = this.api.createDataset("", "None");
		assertThat(swagger.problems(this.api.get("/datasets/" + id + "/tables").json(), "Tables"))
			.containsExactly("Tables.value[0]: missing required property columns");
		var put = this.api.put("/datasets/" + id + "/tables/Product",
				"{\"name\":\"Product\",\"columns\":[{\"name\":\"ProductID\",\"dataType\":\"Int64\"}],"
						+ "\"measures\":[{\"name\":\"Total\",\"expression\":\"SUM(Product[ProductID])\"}]}");
		assertThat(swagger.problems(put.json(), "Table")).containsExactly("Table: missing required property columns");
	}

	@Test
	void getDatasetFitsDataset() {
		String id = this.api.createDataset("", "None");
		assertThat(swagger.problems(this.api.get("/datasets/" + id).json(), "Dataset")).isEmpty();
	}

	@Test
	void executeQueriesFitsTheResponseDefinition() {
		String id = this.api.createDataset("", "None");
		this.api.post("/datasets/" + id + "/tables/Product/rows", rows("{\"ProductID\":1}"));
		var answer = this.api.post("/datasets/" + id + "/executeQueries",
				"{\"queries\":[{\"query\":\"EVALUATE ROW(\\\"count\\\", COUNTROWS('Product'))\"}]}");
		assertThat(swagger.problems(answer.json(), "DatasetExecuteQueriesResponse")).isEmpty();
	}

	@Test
	void theCheckerRejectsAnswersThatDrifted() {
		var mapper = JsonMapper.builder().build();
		assertThat(swagger.problems(mapper.readTree("{\"value\":[{\"name\":\"no id\"}]}"), "Groups"))
			.containsExactly("Groups.value[0]: missing required property id");
		assertThat(swagger.problems(mapper.readTree("{\"value\":[{\"id\":\"x\",\"isReadOnly\":\"no\"}]}"), "Groups"))
			.hasSize(2);
		assertThat(swagger.problems(mapper.readTree("{\"value\":[{\"name\":\"T\"}]}"), "Tables"))
			.containsExactly("Tables.value[0]: missing required property columns");
	}

}
