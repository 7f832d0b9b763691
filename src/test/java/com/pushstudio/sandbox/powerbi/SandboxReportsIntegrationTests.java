package com.pushstudio.sandbox.powerbi;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox's report operations answer as the swagger describes, refuse as Power BI
 * does (403 without Write or scope, 404 for unknown or foreign ids, 400 where Clone onto
 * another dataset is refused), and a report's webUrl shows the rows pushed into its
 * dataset.
 */
@SandboxPowerBiTest
class SandboxReportsIntegrationTests extends SandboxPowerBiTestSupport {

	private static final String MY_WORKSPACE = "00000000-0000-0000-0000-000000000000";

	@Autowired
	RowStore store;

	@Test
	void getReportsListsTheSeededTemplatesOfTheSalesWorkspace() {
		var reports = this.api.get("/groups/" + groupId("Sales (sandbox)") + "/reports");

		assertThat(reports.status()).isEqualTo(200);
		assertThat(reports.json().path("value").findValuesAsString("name")).containsExactly(ReportSeeds.TEMPLATE,
				ReportSeeds.READ_ONLY_TEMPLATE, ReportSeeds.CLONE_REFUSING_TEMPLATE);
		assertThat(reports.json().path("value").get(0).path("webUrl").asString()).contains("/sandbox/powerbi/reports/");
		assertThat(this.api.get("/reports").json().path("value").size()).isZero();
	}

	@Test
	void cloneCopiesATemplateOntoAPushDatasetInMyWorkspace() {
		String datasetId = this.api.createDataset("", "None");
		String template = template(ReportSeeds.TEMPLATE);

		var clone = this.api.post("/groups/" + groupId("Sales (sandbox)") + "/reports/" + template + "/Clone",
				cloneBody("My sales", datasetId, MY_WORKSPACE));

		assertThat(clone.status()).isEqualTo(200);
		assertThat(clone.json().path("name").asString()).isEqualTo("My sales");
		assertThat(clone.json().path("datasetId").asString()).isEqualTo(datasetId);
		String id = clone.json().path("id").asString();
		assertThat(clone.json().path("webUrl").asString())
			.isEqualTo("http://localhost:" + this.port + "/sandbox/powerbi/reports/" + id);
		assertThat(clone.json().path("embedUrl").asString()).contains(id);
		assertThat(this.api.get("/reports").json().path("value").findValuesAsString("id")).containsExactly(id);
	}

	@Test
	void cloneAndRebindOfAReportWithoutWritePermissionAre403() {
		String datasetId = this.api.createDataset("", "None");
		String readOnly = template(ReportSeeds.READ_ONLY_TEMPLATE);

		var clone = this.api.post("/reports/" + readOnly + "/Clone", cloneBody("Copy", datasetId, MY_WORKSPACE));
		var rebind = this.api.post("/reports/" + readOnly + "/Rebind", "{\"datasetId\":\"" + datasetId + "\"}");

		assertThat(clone.status()).isEqualTo(403);
		assertThat(clone.errorCode()).isEqualTo("PowerBINotAuthorizedException");
		assertThat(clone.json().path("error").path("message").asString()).contains("Write permission");
		assertThat(rebind.status()).isEqualTo(403);
		assertThat(this.api.get("/reports/" + readOnly).json().path("datasetId").asString()).isNotEqualTo(datasetId);
	}

	@Test
	void aReportThatRefusesCloningOntoAnotherDatasetCanBeClonedAndRebound() {
		String datasetId = this.api.createDataset("", "None");
		String template = template(ReportSeeds.CLONE_REFUSING_TEMPLATE);

		var refused = this.api.post("/reports/" + template + "/Clone", cloneBody("Copy", datasetId, MY_WORKSPACE));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.errorCode()).isEqualTo("BadRequest");
		assertThat(refused.details()).contains("targetModelId");

		var copy = this.api.post("/reports/" + template + "/Clone", cloneBody("Copy", null, MY_WORKSPACE));
		assertThat(copy.status()).isEqualTo(200);
		String copyId = copy.json().path("id").asString();
		var rebind = this.api.post("/reports/" + copyId + "/Rebind", "{\"datasetId\":\"" + datasetId + "\"}");

		assertThat(rebind.status()).isEqualTo(200);
		assertThat(this.api.get("/reports/" + copyId).json().path("datasetId").asString()).isEqualTo(datasetId);
	}

	@Test
	void unknownOrForeignReportsAreNotFound() {
		String datasetId = this.api.createDataset("", "None");
		String template = template(ReportSeeds.TEMPLATE);
		var stranger = new PowerBiTestClient(this.port, this.tokens.forUser(UUID.randomUUID().toString()));

		var unknown = this.api.post("/reports/" + UUID.randomUUID() + "/Clone", cloneBody("x", datasetId, null));
		var foreign = stranger.post("/reports/" + template + "/Clone", cloneBody("x", null, null));

		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.errorCode()).isEqualTo("ItemNotFound");
		assertThat(foreign.status()).isEqualTo(404);
		assertThat(stranger.get("/reports/" + template).status()).isEqualTo(404);
	}

	@Test
	void cloningIntoAWorkspaceTheUserIsNotInIsRefused() {
		String datasetId = this.api.createDataset("", "None");
		String template = template(ReportSeeds.TEMPLATE);
		var stranger = new PowerBiTestClient(this.port, this.tokens.forUser(UUID.randomUUID().toString()));
		String strangersWorkspace = stranger.get("/groups").json().path("value").get(0).path("id").asString();

		var clone = this.api.post("/reports/" + template + "/Clone", cloneBody("Copy", datasetId, strangersWorkspace));

		assertThat(clone.status()).isEqualTo(404);
		assertThat(clone.json().path("error").path("message").asString()).contains("Workspace");
	}

	@Test
	void cloneNeedsTheContentCreateScopeAndRebindReportReadWriteAll() {
		String datasetId = this.api.createDataset("", "None");
		String template = template(ReportSeeds.TEMPLATE);
		this.api.as(this.tokens.withScopes(this.user, "Dataset.ReadWrite.All Report.Read.All"));

		assertThat(this.api.post("/reports/" + template + "/Clone", cloneBody("x", datasetId, null)).status())
			.isEqualTo(403);
		assertThat(this.api.post("/reports/" + template + "/Rebind", "{\"datasetId\":\"" + datasetId + "\"}").status())
			.isEqualTo(403);
	}

	@Test
	void postImportIsRecordedWithAReportAndDataset() {
		var body = new LinkedMultiValueMap<String, Object>();
		body.add("file", new ByteArrayResource("PBIX-BYTES".getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return "Sales.pbix";
			}
		});
		JsonNode imported = RestClient.create("http://localhost:" + this.port + "/sandbox/powerbi/v1.0/myorg")
			.post()
			.uri("/imports?datasetDisplayName=Sales.pbix&nameConflict=Abort")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.tokens.forUser(this.user))
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(body)
			.retrieve()
			.body(JsonNode.class);

		assertThat(imported.path("importState").asString()).isEqualTo("Succeeded");
		assertThat(imported.path("name").asString()).isEqualTo("Sales.pbix");
		assertThat(imported.path("reports").get(0).path("name").asString()).isEqualTo("Sales");
		assertThat(this.api.get("/reports").json().path("value").findValuesAsString("name")).containsExactly("Sales");
	}

	@Test
	void aReportsWebUrlShowsTheRowsPushedIntoItsDataset() {
		String datasetId = this.api.createDataset("", "None");
		var pushed = this.api.post("/datasets/" + datasetId + "/tables/Product/rows",
				rows("{\"ProductID\":7,\"Name\":\"Quokka lamp\",\"Category\":\"Lighting\",\"Price\":41.5}",
						"{\"ProductID\":8,\"Name\":\"Wombat rug\",\"Category\":\"Textiles\",\"Price\":129.25}"));
		assertThat(pushed.status()).isEqualTo(200);
		var clone = this.api.post("/reports/" + template(ReportSeeds.TEMPLATE) + "/Clone",
				cloneBody("Products", datasetId, MY_WORKSPACE));

		String html = RestClient.create()
			.get()
			.uri(clone.json().path("webUrl").asString())
			.retrieve()
			.body(String.class);

		assertThat(html).contains("<h1 class=\"h3 mb-1\">Products</h1>", "Quokka lamp", "Wombat rug", "129.25",
				"Lighting");
		assertThat(html).contains("class=\"sandbox-bar\"", "Sum of Price by Name");
		assertThat(html).doesNotContain("<script>", "style=");
	}

	@Test
	void aReportOfABigTableShowsItsFirstRowsAndChartsThemAll() {
		String datasetId = this.api.createDataset("", "None");
		int count = 12_000;
		assertThat(count).isGreaterThan(SandboxTableRows.PAGE_ROWS * 2);
		Map<String, BigDecimal> sums = new TreeMap<>();
		List<String> rows = new ArrayList<>();
		for (int id = 0; id < count; id++) {
			String name = "Lamp " + (id % 7);
			double price = (id % 101) / 4.0;
			rows.add("{\"ProductID\":" + id + ",\"Name\":\"" + name + "\",\"Price\":" + price + "}");
			sums.merge(name, BigDecimal.valueOf(price), BigDecimal::add);
		}
		// Straight into the store: the test context keeps 'None' tables small.
		this.store.append(datasetId, "Product", rows, null);
		var clone = this.api.post("/reports/" + template(ReportSeeds.TEMPLATE) + "/Clone",
				cloneBody("Lamps", datasetId, MY_WORKSPACE));

		String html = RestClient.create()
			.get()
			.uri(clone.json().path("webUrl").asString())
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.retrieve()
			.body(String.class);

		// The first 1,000 rows, one Name cell each.
		assertThat(html.split("<td>Lamp ", -1)).hasSize(1_000 + 1);
		assertThat(html).contains("<td>999</td>").doesNotContain("<td>1000</td>");
		assertThat(html).contains("12,000 rows", "Showing the first 1,000 of 12,000 rows", "Sum of Price by Name");
		sums.forEach((name, sum) -> assertThat(html)
			.contains("<title>" + name + ": " + sum.stripTrailingZeros().toPlainString() + "</title>"));
	}

	@Test
	void anUnknownReportPageIsNotFound() {
		var answer = RestClient.create()
			.get()
			.uri("http://localhost:" + this.port + "/sandbox/powerbi/reports/" + UUID.randomUUID())
			.exchange((request, response) -> response.getStatusCode().value());

		assertThat(answer).isEqualTo(404);
	}

	private String template(String name) {
		for (JsonNode report : this.api.get("/groups/" + groupId("Sales (sandbox)") + "/reports")
			.json()
			.path("value")) {
			if (report.path("name").asString().equals(name)) {
				return report.path("id").asString();
			}
		}
		throw new IllegalStateException("No seeded report " + name);
	}

	private static String cloneBody(String name, String targetModelId, String targetWorkspaceId) {
		StringBuilder body = new StringBuilder("{\"name\":\"").append(name).append('"');
		if (targetModelId != null) {
			body.append(",\"targetModelId\":\"").append(targetModelId).append('"');
		}
		if (targetWorkspaceId != null) {
			body.append(",\"targetWorkspaceId\":\"").append(targetWorkspaceId).append('"');
		}
		return body.append('}').toString();
	}

}
