package com.pushstudio.sandbox.emulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import com.pushstudio.account.CloudEndpoints;
import com.pushstudio.sandbox.SandboxSigningKey;
import com.pushstudio.support.EmulatorTrust;
import com.pushstudio.support.SandboxCloud;
import com.pushstudio.support.SandboxJwts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --emulator}: the sandbox alone, at the root of its host over HTTPS with a
 * certificate made once in its data folder, announcing itself in one line of JSON.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmulatorTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void startsAloneAtTheRootOfItsHostOverHttpsAndSaysWhereInOneLineOfJson(CapturedOutput output) throws Exception {
		Path data = Path.of("target/test-data/emulator-" + UUID.randomUUID());
		try (ConfigurableApplicationContext emulator = SandboxCloud.startEmulator("--server.port=0",
				"--push-studio.data-dir=" + data)) {
			String url = "https://localhost:" + emulator.getEnvironment().getRequiredProperty("local.server.port");
			Map<String, Object> line = announcement(output);
			assertThat(line).containsEntry("emulator", "listening")
				.containsEntry("url", url)
				.containsEntry("authorityHost", url)
				.containsEntry("powerbiApiUrl", url + "/powerbi")
				.containsEntry("graphApiUrl", url + "/graph")
				.containsEntry("certificatePem", data.resolve("emulator-cert.pem").toString())
				.containsEntry("truststore", data.resolve("emulator-truststore.p12").toString());
			assertThat(line.get("tenants").toString()).contains("contoso.example", "fabrikam.example");
			assertThat(line.get("clients").toString()).contains("type=confidential", "type=public");
			assertThat(line.get("users").toString()).contains("username=ada@contoso.example", "password=sandbox-demo");

			HttpClient https = HttpClient.newBuilder()
				.sslContext(EmulatorTrust.context(Path.of(line.get("truststore").toString())))
				.build();
			HttpResponse<String> discovery = get(https, url + "/contoso.example/v2.0/.well-known/openid-configuration");
			assertThat(discovery.statusCode()).isEqualTo(200);
			assertThat(JSON.readValue(discovery.body(), Map.class))
				.containsEntry("issuer", url + "/8d9b2f6e-4c1a-4f3e-9b7d-2a5c0e1f3b64/v2.0")
				.containsEntry("token_endpoint", url + "/contoso.example/oauth2/v2.0/token");
			assertThat(get(https, url + "/sandbox/contoso.example/v2.0/.well-known/openid-configuration").statusCode())
				.isEqualTo(404);
			assertThat(get(https, url + "/datasets").statusCode()).isEqualTo(404);
			Instant now = Instant.now();
			String graphToken = SandboxJwts.accessToken(emulator.getBean(SandboxSigningKey.class).privateKey(),
					"https://graph.microsoft.com", "emulator-user", "Sites.Read.All", now.minusSeconds(60),
					now.plusSeconds(600));
			HttpResponse<String> sites = https.send(HttpRequest
				.newBuilder(URI.create(line.get("graphApiUrl") + "/v1.0/sites/contoso.sharepoint.com:/sites/projects"))
				.header("Authorization", "Bearer " + graphToken)
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(sites.statusCode()).isEqualTo(200);
			assertThat(JSON.readValue(sites.body(), Map.class)).containsEntry("displayName", "Projects");
			assertThat(emulator.getBeanNamesForType(CloudEndpoints.class)).isEmpty();
		}
	}

	@Test
	void anUnknownTenantIsAnsweredAsAzureDoesInDiscoveryToo(CapturedOutput output) throws Exception {
		Path data = Path.of("target/test-data/emulator-" + UUID.randomUUID());
		try (ConfigurableApplicationContext emulator = SandboxCloud.startEmulator("--server.port=0",
				"--push-studio.data-dir=" + data)) {
			String url = announcement(output).get("url").toString();
			HttpClient https = HttpClient.newBuilder()
				.sslContext(EmulatorTrust.context(data.resolve("emulator-truststore.p12")))
				.build();
			for (String path : List.of("/v2.0/.well-known/openid-configuration", "/discovery/v2.0/keys")) {
				HttpResponse<String> answer = get(https, url + "/nowhere.example" + path);
				assertThat(answer.statusCode()).as(path).isEqualTo(400);
				assertThat(JSON.readValue(answer.body(), Map.class)).containsEntry("error", "invalid_tenant")
					.containsEntry("error_codes", List.of(90002));
			}
		}
	}

	@Test
	void theCertificateIsMadeOnceAndKeptAcrossRestarts(CapturedOutput output) throws Exception {
		Path data = Path.of("target/test-data/emulator-" + UUID.randomUUID());
		Path certificate = data.resolve("emulator-cert.pem");
		String first;
		try (ConfigurableApplicationContext emulator = SandboxCloud.startEmulator("--server.port=0",
				"--push-studio.data-dir=" + data)) {
			first = Files.readString(certificate);
		}
		try (ConfigurableApplicationContext emulator = SandboxCloud.startEmulator("--server.port=0",
				"--push-studio.data-dir=" + data)) {
			assertThat(Files.readString(certificate)).isEqualTo(first);
			String url = "https://localhost:" + emulator.getEnvironment().getRequiredProperty("local.server.port");
			HttpClient https = HttpClient.newBuilder()
				.sslContext(EmulatorTrust.context(data.resolve("emulator-truststore.p12")))
				.build();
			assertThat(get(https, url + "/organizations/discovery/v2.0/keys").statusCode()).isEqualTo(200);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> announcement(CapturedOutput output) {
		List<String> lines = output.getOut().lines().filter((line) -> line.startsWith("{\"emulator\"")).toList();
		assertThat(lines).hasSize(1);
		return JSON.readValue(lines.get(0), Map.class);
	}

	private static HttpResponse<String> get(HttpClient https, String url) throws IOException, InterruptedException {
		return https.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

}
