package com.pushstudio.sandbox.powerbi;

import java.util.UUID;

import com.pushstudio.PushStudioApplication;
import com.pushstudio.sandbox.SandboxSigningKey;
import com.pushstudio.support.MutableClock;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** Datasets and pushed rows survive a restart of the application (file database). */
class SandboxPowerBiRestartIntegrationTests {

	private final String database = "target/restart-test/" + UUID.randomUUID();

	@Test
	void datasetsAndRowsSurviveARestart() {
		String user = UUID.randomUUID().toString();
		String datasetId;
		try (var first = start()) {
			PowerBiTestClient api = client(first, user);
			datasetId = api.createDataset("", "None");
			assertThat(api.post("/datasets/" + datasetId + "/tables/Product/rows", "{\"rows\":[{\"ProductID\":7}]}")
				.status()).isEqualTo(200);
		}
		try (var second = start()) {
			PowerBiTestClient api = client(second, user);
			assertThat(api.get("/datasets").json().path("value").findValuesAsString("id")).containsExactly(datasetId);
			assertThat(second.getBean(SandboxTableRows.class).rows(datasetId, "Product")).hasSize(1)
				.first()
				.satisfies((row) -> assertThat(row).containsEntry("ProductID", 7));
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(PushStudioApplication.class, SandboxPowerBiTestConfig.class)
			// Arguments, not builder properties: those are defaults, below the tests'
			// in-memory database.
			.run("--server.port=0", "--spring.datasource.url=jdbc:h2:file:./" + this.database + "/db",
					"--push-studio.data-dir=" + this.database);
	}

	private static PowerBiTestClient client(ConfigurableApplicationContext context, String user) {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		var tokens = new SandboxTokens(context.getBean(SandboxSigningKey.class).privateKey(),
				context.getBean(MutableClock.class));
		return new PowerBiTestClient(port, tokens.forUser(user));
	}

}
