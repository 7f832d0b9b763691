package com.pushstudio.powerbi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.pushstudio.powerbi.FakePowerBi.Recorded;
import com.pushstudio.powerbi.Relationship.CrossFilteringBehavior;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the client sends hits the documented operation with a body that Microsoft's
 * swagger accepts: Power BI rejects unknown properties and wrong property names.
 */
class PowerBiClientContractTests {

	private static final String USER = "ada@contoso.com";

	private static final Workspace SALES = Workspace.of("f089354e-8366-4e18-aea3-4cb4a3a50b48");

	private final FakePowerBi powerBi = FakePowerBi.start();

	private final PowerBiClient client = TestClients.against(this.powerBi, new CountingTokens());

	@AfterEach
	void stop() {
		this.powerBi.close();
	}

	@Test
	void createsAPushDatasetInAWorkspaceAsPostDatasetInGroupDescribesIt() {
		this.powerBi.answer(201, "{\"id\":\"cfafbeb1-8037-4d0c-896e-a46fb27ff229\",\"name\":\"SalesMarketing\","
				+ "\"defaultRetentionPolicy\":\"basicFIFO\"}");
		Table product = Table
			.of("Product",
					List.of(Column.of("ProductID", DataType.INT64), Column.of("Name", DataType.STRING),
							Column.of("Price", DataType.DOUBLE), Column.of("Margin", DataType.DECIMAL),
							Column.of("IsCompete", DataType.BOOLEAN), Column.of("ManufacturedOn", DataType.DATETIME),
							Column.of("Sales", DataType.INT64).withFormatString("Currency")))
			.withMeasures(List.of(Measure.of("Total sales", "SUM(Product[Sales])")));
		Table category = Table.of("Category", List.of(Column.of("Name", DataType.STRING)));
		Relationship productCategory = new Relationship("ProductCategory", "Product", "Name", "Category", "Name",
				CrossFilteringBehavior.BOTH_DIRECTIONS);
		CreateDatasetRequest request = new CreateDatasetRequest("SalesMarketing",
				CreateDatasetRequest.Mode.PUSH_STREAMING, List.of(product, category), List.of(productCategory));

		Dataset created = this.client.createPushDataset(USER, SALES, request, RetentionPolicy.BASIC_FIFO);

		assertThat(created.id()).isEqualTo("cfafbeb1-8037-4d0c-896e-a46fb27ff229");
		Recorded sent = this.powerBi.onlyRequest();
		assertThat(SwaggerContract.operationId(sent.method(), sent.rawPath())).isEqualTo("Datasets_PostDatasetInGroup");
		assertThat(sent.rawQuery()).isEqualTo("defaultRetentionPolicy=basicFIFO");
		assertThat(SwaggerContract.violations(sent.body(), "CreateDatasetRequest")).isEmpty();
		assertThat(sent.body()).contains("\"dataType\":\"Int64\"", "\"dataType\":\"DateTime\"",
				"\"defaultMode\":\"PushStreaming\"", "\"crossFilteringBehavior\":\"BothDirections\"");
	}

	@Test
	void createsAPushDatasetInMyWorkspaceWithoutNullProperties() {
		this.powerBi.answer(202, "{\"id\":\"d1\",\"name\":\"Plain\"}");

		this.client.createPushDataset(USER, Workspace.MY_WORKSPACE,
				CreateDatasetRequest.push("Plain", List.of(Table.of("Rows", List.of(Column.of("A", DataType.STRING))))),
				RetentionPolicy.NONE);

		Recorded sent = this.powerBi.onlyRequest();
		assertThat(SwaggerContract.operationId(sent.method(), sent.rawPath())).isEqualTo("Datasets_PostDataset");
		assertThat(sent.rawQuery()).isEqualTo("defaultRetentionPolicy=None");
		assertThat(SwaggerContract.violations(sent.body(), "CreateDatasetRequest")).isEmpty();
		assertThat(sent.body()).doesNotContain("null", "relationships", "measures");
	}

	@Test
	void putsATableUnderItsEncodedName() {
		this.powerBi.answer(200, "{\"name\":\"Sales #1\"}");

		this.client.putTable(USER, SALES, "d1", Table.of("Sales #1", List.of(Column.of("Amount", DataType.DOUBLE))));

		Recorded sent = this.powerBi.onlyRequest();
		assertThat(SwaggerContract.operationId(sent.method(), sent.rawPath())).isEqualTo("Datasets_PutTableInGroup");
		assertThat(sent.rawPath()).endsWith("/datasets/d1/tables/Sales%20%231");
		assertThat(SwaggerContract.violations(sent.body(), "Table")).isEmpty();
	}

	@Test
	void postsTheRowBatchBytesUnchanged() {
		this.powerBi.answer(200, "");
		String batch = "{\"rows\":[{\"ProductID\":1,\"Name\":\"Adjustable Race\",\"IsCompete\":true,"
				+ "\"ManufacturedOn\":\"2014-07-30T00:00:00Z\"}]}";

		this.client.postRows(USER, SALES, "d1", "Product", batch.getBytes(java.nio.charset.StandardCharsets.UTF_8));

		Recorded sent = this.powerBi.onlyRequest();
		assertThat(SwaggerContract.operationId(sent.method(), sent.rawPath())).isEqualTo("Datasets_PostRowsInGroup");
		assertThat(sent.body()).isEqualTo(batch);
		assertThat(SwaggerContract.violations(sent.body(), "PostRowsRequest")).isEmpty();
	}

	@Test
	void postsRowsGivenAsMaps() {
		this.powerBi.answer(200, "");
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("ProductID", 1);
		row.put("Name", "Adjustable Race");
		row.put("Discontinued", null);

		this.client.postRows(USER, Workspace.MY_WORKSPACE, "d1", "Product", List.of(row));

		Recorded sent = this.powerBi.onlyRequest();
		assertThat(SwaggerContract.operationId(sent.method(), sent.rawPath())).isEqualTo("Datasets_PostRows");
		assertThat(sent.body())
			.isEqualTo("{\"rows\":[{\"ProductID\":1,\"Name\":\"Adjustable Race\",\"Discontinued\":null}]}");
		assertThat(SwaggerContract.violations(sent.body(), "PostRowsRequest")).isEmpty();
	}

	@Test
	void deletesRowsWithoutABody() {
		this.powerBi.answer(200, "");

		this.client.deleteRows(USER, SALES, "d1", "Product");

		Recorded sent = this.powerBi.onlyRequest();
		assertThat(SwaggerContract.operationId(sent.method(), sent.rawPath())).isEqualTo("Datasets_DeleteRowsInGroup");
		assertThat(sent.body()).isEmpty();
	}

	@Test
	void clonesATemplateReportOntoADatasetInMyWorkspace() {
		this.powerBi.answer(200, "{\"id\":\"r2\",\"name\":\"Sales report\",\"datasetId\":\"d1\","
				+ "\"webUrl\":\"https://app.powerbi.com/reports/r2\",\"embedUrl\":\"https://app.powerbi.com/reportEmbed?reportId=r2\"}");

		Report clone = this.client.cloneReport(USER, SALES, "r1",
				CloneReportRequest.onto("Sales report", "d1", Workspace.MY_WORKSPACE));

		assertThat(clone.webUrl()).isEqualTo("https://app.powerbi.com/reports/r2");
		Recorded sent = this.powerBi.onlyRequest();
		assertThat(SwaggerContract.operationId(sent.method(), sent.rawPath())).isEqualTo("Reports_CloneReportInGroup");
		assertThat(SwaggerContract.violations(sent.body(), "CloneReportRequest")).isEmpty();
		assertThat(sent.body()).contains("\"targetWorkspaceId\":\"00000000-0000-0000-0000-000000000000\"");
	}

	@Test
	void rebindsAReport() {
		this.powerBi.answer(200, "");

		this.client.rebindReport(USER, Workspace.MY_WORKSPACE, "r1", "d2");

		Recorded sent = this.powerBi.onlyRequest();
		assertThat(SwaggerContract.operationId(sent.method(), sent.rawPath())).isEqualTo("Reports_RebindReport");
		assertThat(SwaggerContract.violations(sent.body(), "RebindReportRequest")).isEmpty();
	}

	@Test
	void countsRowsWithTheDocumentedExecuteQueriesBody() {
		this.powerBi.answer(200, "{\"results\":[{\"tables\":[{\"rows\":[{\"[count]\":42}]}]}]}");

		assertThat(this.client.rowCount(USER, SALES, "d1", "Bob's table")).hasValue(42);

		Recorded sent = this.powerBi.onlyRequest();
		assertThat(SwaggerContract.operationId(sent.method(), sent.rawPath()))
			.isEqualTo("Datasets_ExecuteQueriesInGroup");
		assertThat(SwaggerContract.violations(sent.body(), "DatasetExecuteQueriesRequest")).isEmpty();
		assertThat(sent.body()).isEqualTo("{\"queries\":[{\"query\":\"EVALUATE ROW(\\\"count\\\", "
				+ "COUNTROWS('Bob''s table'))\"}],\"serializerSettings\":{\"includeNulls\":true}}");
	}

	@Test
	void readsListsAtTheDocumentedPaths() {
		this.powerBi
			.answer(200,
					"{\"value\":[{\"id\":\"f089354e-8366-4e18-aea3-4cb4a3a50b48\",\"name\":\"Sales\","
							+ "\"isReadOnly\":false,\"isOnDedicatedCapacity\":false}]}")
			.answer(200,
					"{\"value\":[{\"id\":\"d1\",\"name\":\"Push\",\"addRowsAPIEnabled\":true,"
							+ "\"IsRefreshable\":false}]}")
			.answer(200,
					"{\"value\":[{\"name\":\"Product\",\"columns\":[{\"name\":\"A\",\"dataType\":\"int64\"},"
							+ "{\"name\":\"B\",\"dataType\":\"Variant\"}]}]}")
			.answer(200, "{\"value\":[{\"id\":\"r1\",\"name\":\"Template\",\"reportType\":\"PowerBIReport\"}]}");

		assertThat(this.client.workspaces(USER)).singleElement()
			.satisfies((group) -> assertThat(group.workspace()).isEqualTo(SALES));
		assertThat(this.client.datasets(USER, SALES)).singleElement().satisfies((dataset) -> {
			assertThat(dataset.isPushDataset()).isTrue();
			assertThat(dataset.isRefreshable()).isFalse();
		});
		assertThat(this.client.tables(USER, Workspace.MY_WORKSPACE, "d1")).singleElement()
			.satisfies((table) -> assertThat(table.columns()).extracting(Column::dataType)
				.containsExactly(DataType.INT64, null));
		assertThat(this.client.reports(USER, SALES)).extracting(Report::name).containsExactly("Template");

		assertThat(this.powerBi.requests())
			.extracting((sent) -> SwaggerContract.operationId(sent.method(), sent.rawPath()))
			.containsExactly("Groups_GetGroups", "Datasets_GetDatasetsInGroup", "Datasets_GetTables",
					"Reports_GetReportsInGroup");
		assertThat(this.powerBi.requests()).extracting(Recorded::authorization)
			.allMatch((authorization) -> authorization.startsWith("Bearer access-" + USER));
	}

	@Test
	void theContractCheckCatchesWhatPowerBiRefuses() {
		assertThat(SwaggerContract.violations("{\"name\":\"x\",\"tables\":[{\"name\":\"t\",\"columns\":"
				+ "[{\"name\":\"c\",\"datatype\":\"Int64\"}]}],\"compatibilityLevel\":1500,\"defaultMode\":\"Fast\"}",
				"CreateDatasetRequest"))
			.containsExactlyInAnyOrder("$ has 'compatibilityLevel', which the definition lacks",
					"$.tables[0].columns[0] lacks required 'dataType'",
					"$.tables[0].columns[0] has 'datatype', which the definition lacks",
					"$.defaultMode 'Fast' is not one of [\"AsAzure\",\"AsOnPrem\",\"Push\",\"Streaming\",\"PushStreaming\"]");
		assertThat(SwaggerContract.violations("{\"name\":\"c\",\"targetWorkspaceId\":\"me\"}", "CloneReportRequest"))
			.containsExactly("$.targetWorkspaceId is not a uuid");
	}

}
