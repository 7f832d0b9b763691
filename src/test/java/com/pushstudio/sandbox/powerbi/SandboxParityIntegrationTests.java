package com.pushstudio.sandbox.powerbi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox answers each operation the app calls with no property that the README's
 * "Power BI parity" list says Power BI does not return.
 */
@SandboxPowerBiTest
class SandboxParityIntegrationTests extends SandboxPowerBiTestSupport {

	private ParityList parity;

	@BeforeEach
	void readTheList() {
		this.parity = ParityList.fromReadme();
	}

	@Test
	void everyOperationOfTheListIsCalledAndAnswersNoMoreThanPowerBi() {
		Map<String, List<PowerBiTestClient.Answer>> answers = answers(this);
		assertThat(answers.keySet()).containsExactlyInAnyOrderElementsOf(this.parity.operations());
		List<String> problems = new ArrayList<>();
		answers.forEach((operation, calls) -> calls.forEach((answer) -> {
			assertThat(answer.status()).as("%s: %s", operation, answer.text()).isBetween(200, 299);
			problems.addAll(this.parity.problems(operation, answer));
		}));
		assertThat(problems).isEmpty();
	}

	@Test
	void theListRefusesAPropertyItDoesNotName() {
		String id = this.api.createDataset("", "None");
		var tables = this.api.get("/datasets/" + id + "/tables");
		assertThat(this.parity.problems("Get Tables", tables)).isEmpty();
		var put = this.api.put("/datasets/" + id + "/tables/Product",
				"{\"name\":\"Product\",\"columns\":[{\"name\":\"ProductID\",\"dataType\":\"Int64\"}]}");
		assertThat(this.parity.problems("Get Tables",
				new PowerBiTestClient.Answer(200, put.headers(), "{\"value\":[{\"name\":\"P\",\"columns\":[]}]}",
						tools.jackson.databind.json.JsonMapper.builder()
							.build()
							.readTree("{\"value\":[{\"name\":\"P\",\"columns\":[]}]}"))))
			.containsExactly("Get Tables: value[].columns is not among the properties Power BI answers");
		assertThat(this.parity.problems("Delete Rows", put))
			.containsExactly("Delete Rows: Power BI answers no body, the sandbox answered " + put.text());
	}

	/**
	 * One call (or more) of each operation, in a workspace, with rows so that queries
	 * answer values.
	 */
	static Map<String, List<PowerBiTestClient.Answer>> answers(SandboxPowerBiTestSupport test) {
		PowerBiTestClient api = test.api;
		String group = "/groups/" + test.groupId("Sales (sandbox)");
		Map<String, List<PowerBiTestClient.Answer>> answers = new LinkedHashMap<>();
		answers.put("Get Groups", List.of(api.get("/groups")));
		var created = api.post(group + "/datasets?defaultRetentionPolicy=basicFIFO", PowerBiTestClient.SAMPLE_DATASET);
		answers.put("Post Dataset", List.of(created));
		String dataset = group + "/datasets/" + created.json().path("id").asString();
		answers.put("Get Datasets", List.of(api.get(group + "/datasets")));
		answers.put("Get Dataset", List.of(api.get(dataset)));
		answers.put("Get Tables", List.of(api.get(dataset + "/tables")));
		answers.put("Put Table",
				List.of(api.put(dataset + "/tables/Product",
						"{\"name\":\"Product\",\"columns\":[{\"name\":\"ProductID\",\"dataType\":\"Int64\"},"
								+ "{\"name\":\"Name\",\"dataType\":\"string\"}],"
								+ "\"measures\":[{\"name\":\"Total\",\"expression\":\"COUNTROWS('Product')\"}]}")));
		answers.put("Post Rows", List.of(api.post(dataset + "/tables/Product/rows",
				rows("{\"ProductID\":1,\"Name\":\"Adjustable Race\"}", "{\"ProductID\":2}"))));
		answers.put("Execute Queries", List.of(
				api.post(dataset + "/executeQueries",
						"{\"queries\":[{\"query\":\"EVALUATE ROW(\\\"count\\\", COUNTROWS('Product'))\"}],"
								+ "\"serializerSettings\":{\"includeNulls\":true}}"),
				api.post(dataset + "/executeQueries", "{\"queries\":[{\"query\":\"EVALUATE 'Product'\"}],"
						+ "\"serializerSettings\":{\"includeNulls\":true}}")));
		answers.put("Get Reports", List.of(api.get(group + "/reports")));
		String template = api.get(group + "/reports").json().path("value").get(0).path("id").asString();
		var clone = api.post(group + "/reports/" + template + "/Clone",
				"{\"name\":\"Parity\",\"targetModelId\":\"" + created.json().path("id").asString() + "\"}");
		answers.put("Clone Report", List.of(clone));
		answers.put("Rebind Report",
				List.of(api.post(group + "/reports/" + clone.json().path("id").asString() + "/Rebind",
						"{\"datasetId\":\"" + created.json().path("id").asString() + "\"}")));
		answers.put("Delete Rows", List.of(api.delete(dataset + "/tables/Product/rows")));
		answers.put("Delete Dataset", List.of(api.delete(dataset)));
		return answers;
	}

}
