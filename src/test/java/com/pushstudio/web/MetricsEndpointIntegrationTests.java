package com.pushstudio.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Prometheus reads the metrics from an address it is allowed to scrape from (loopback by
 * default); anyone else gets no metrics.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class MetricsEndpointIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Test
	void aScraperOnLoopbackReadsTheMetricsOfTheAppsOutgoingCalls() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		// The cloud health check calls the (sandbox) authority and Power BI over HTTP.
		http.send(request("/actuator/health/cloud"), HttpResponse.BodyHandlers.discarding());

		HttpResponse<String> metrics = http.send(request("/actuator/prometheus"), HttpResponse.BodyHandlers.ofString());

		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("http_client_requests_seconds_count")
			.contains("openid-configuration")
			.contains("jvm_memory_used_bytes");
	}

	@Test
	void anyoneElseGetsNoMetrics() throws Exception {
		var answer = this.mvc.perform(get("/actuator/prometheus").with((request) -> {
			request.setRemoteAddr("203.0.113.7");
			return request;
		})).andReturn().getResponse();

		assertThat(answer.getStatus()).isNotEqualTo(200);
		assertThat(answer.getContentAsString()).doesNotContain("jvm_memory_used_bytes");
	}

	private HttpRequest request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET().build();
	}

}
