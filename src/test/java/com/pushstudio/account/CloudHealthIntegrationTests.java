package com.pushstudio.account;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.Base64;

import com.pushstudio.support.SandboxCloud;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The health groups over real HTTP: the cloud group tells whether the authority and Power
 * BI answer; the app's own health and its probes stay UP when they do not.
 */
class CloudHealthIntegrationTests {

	static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
	}

	@Nested
	@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
	class InSandboxMode {

		@LocalServerPort
		int port;

		@Test
		void theCloudGroupIsUpWhenTheSandboxAnswersAsAzureAdAndPowerBiWould() throws Exception {
			HttpResponse<String> cloud = get(this.port, "/actuator/health/cloud");

			assertThat(cloud.statusCode()).isEqualTo(200);
			assertThat(cloud.body()).contains("\"status\":\"UP\"");
		}

	}

	@Nested
	@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
	class InAzureModeWithMicrosoftUnreachable {

		@DynamicPropertySource
		static void unreachableCloud(DynamicPropertyRegistry registry) {
			String nowhere = "http://127.0.0.1:" + SandboxCloud.freePort();
			byte[] key = new byte[32];
			new SecureRandom().nextBytes(key);
			registry.add("azure.client-id", () -> "00000000-0000-4000-8000-00000000c10d");
			registry.add("azure.client-secret", () -> "test-only-secret");
			registry.add("azure.authority-host", () -> nowhere);
			registry.add("powerbi.api-url", () -> nowhere);
			registry.add("push-studio.token-encryption-key", () -> Base64.getEncoder().encodeToString(key));
		}

		@LocalServerPort
		int port;

		@Test
		void theCloudGroupAnswers503Unreachable() throws Exception {
			HttpResponse<String> cloud = get(this.port, "/actuator/health/cloud");

			assertThat(cloud.statusCode()).isEqualTo(503);
			assertThat(cloud.body()).contains("\"status\":\"UNREACHABLE\"");
		}

		@Test
		void theAppAndItsProbesStayUp() throws Exception {
			for (String path : new String[] { "/actuator/health", "/actuator/health/liveness",
					"/actuator/health/readiness" }) {
				HttpResponse<String> health = get(this.port, path);
				assertThat(health.statusCode()).as(path).isEqualTo(200);
				assertThat(health.body()).as(path).contains("\"status\":\"UP\"");
			}
		}

	}

}
