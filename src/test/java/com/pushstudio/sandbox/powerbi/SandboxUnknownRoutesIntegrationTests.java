package com.pushstudio.sandbox.powerbi;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A path or method the sandbox Power BI API does not have is answered as Power BI's
 * ASP.NET Web API answers it, never with Spring's {@code {timestamp,status,error,path}}.
 */
@SandboxPowerBiTest
class SandboxUnknownRoutesIntegrationTests extends SandboxPowerBiTestSupport {

	@Test
	void anUnknownPathIs404WithTheFrameworksMessageNamingTheUri() {
		var answer = this.api.get("/dashboards");
		assertThat(answer.status()).isEqualTo(404);
		assertThat(answer.headers().getContentType().toString()).startsWith("application/json");
		assertThat(answer.json().propertyNames()).containsExactly("Message");
		assertThat(answer.json().path("Message").asString())
			.isEqualTo("No HTTP resource was found that matches the request URI 'http://localhost:" + this.port
					+ "/sandbox/powerbi/v1.0/myorg/dashboards'.");
		for (String path : new String[] { "/datasets/x/tables/T/columns", "/v2.0/myorg/groups" }) {
			var other = this.api.get(path);
			assertThat(other.status()).as(path).isEqualTo(404);
			assertThat(other.json().propertyNames()).as(path).containsExactly("Message");
		}
	}

	@Test
	void anUnknownPathAnswersTheSameWithoutAToken() {
		var answer = this.api.as(null).post("/datasets/x/refreshes", "{}");
		assertThat(answer.status()).isEqualTo(404);
		assertThat(answer.json().has("Message")).isTrue();
		assertThat(answer.json().has("timestamp")).isFalse();
	}

	@Test
	void aKnownPathWithAMethodItLacksIs405NamingTheMethod() {
		String id = this.api.createDataset("", "None");
		var answer = this.api.call(HttpMethod.PATCH, "/datasets/" + id + "/tables", "{}");
		assertThat(answer.status()).isEqualTo(405);
		assertThat(answer.headers().getFirst("Allow")).contains("GET");
		assertThat(answer.json().propertyNames()).containsExactly("Message");
		assertThat(answer.json().path("Message").asString())
			.isEqualTo("The requested resource does not support http method 'PATCH'.");
		assertThat(this.api.put("/groups", "{}").status()).isEqualTo(405);
	}

}
