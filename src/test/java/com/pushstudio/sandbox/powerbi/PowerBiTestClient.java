package com.pushstudio.sandbox.powerbi;

import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Calls the sandbox Power BI API over real HTTP and keeps every answer, errors included.
 */
final class PowerBiTestClient {

	record Answer(int status, HttpHeaders headers, String text, JsonNode json) {

		String errorCode() {
			return this.json.path("error").path("code").asString();
		}

		String details() {
			return this.json.path("error").path("details").toString();
		}

	}

	private final RestClient http;

	private final JsonMapper mapper = JsonMapper.builder().build();

	private String token;

	PowerBiTestClient(int port, String token) {
		// The JDK's client retries nothing, so every answer is the sandbox's own.
		this.http = RestClient.builder()
			.requestFactory(new JdkClientHttpRequestFactory())
			.baseUrl("http://localhost:" + port + "/sandbox/powerbi/v1.0/myorg")
			.build();
		this.token = token;
	}

	PowerBiTestClient as(String token) {
		this.token = token;
		return this;
	}

	Answer get(String path) {
		return call(HttpMethod.GET, path, null);
	}

	Answer post(String path, String body) {
		return call(HttpMethod.POST, path, body);
	}

	Answer put(String path, String body) {
		return call(HttpMethod.PUT, path, body);
	}

	Answer delete(String path) {
		return call(HttpMethod.DELETE, path, null);
	}

	Answer call(HttpMethod method, String path, String body) {
		var request = this.http.method(method).uri(path);
		if (this.token != null) {
			request.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.token);
		}
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(body.getBytes(StandardCharsets.UTF_8));
		}
		return request.exchange((req, res) -> {
			String text = new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8);
			JsonNode json = text.isBlank() ? this.mapper.missingNode() : this.mapper.readTree(text);
			return new Answer(res.getStatusCode().value(), res.getHeaders(), text, json);
		});
	}

	/**
	 * Creates a push dataset with one table {@code Sales(Id Int64, Name String, ...)};
	 * returns its id.
	 */
	String createDataset(String groupPath, String retention) {
		Answer created = post(groupPath + "/datasets?defaultRetentionPolicy=" + retention, SAMPLE_DATASET);
		if (created.status() != 201) {
			throw new IllegalStateException("Could not create a dataset: " + created.text());
		}
		return created.json().path("id").asString();
	}

	static final String SAMPLE_DATASET = """
			{"name":"SalesMarketing","defaultMode":"Push","tables":[{"name":"Product","columns":[
			  {"name":"ProductID","dataType":"Int64"},{"name":"Name","dataType":"string"},
			  {"name":"Category","dataType":"string"},{"name":"IsCompete","dataType":"bool"},
			  {"name":"ManufacturedOn","dataType":"DateTime"},{"name":"Price","dataType":"Double"},
			  {"name":"Cost","dataType":"Decimal"},
			  {"name":"Sales","dataType":"Int64","formatString":"Currency"}]}]}""";

}
