package com.pushstudio.powerbi;

import java.time.Duration;

import com.pushstudio.account.PowerBiTokens;

import org.springframework.web.client.RestClient;

/** Builds the client as the application does, aimed at a test server. */
final class TestClients {

	private TestClients() {
	}

	static PowerBiClient against(FakePowerBi server, PowerBiTokens tokens) {
		// Generous timeouts: no test depends on one expiring.
		PowerBiClientProperties properties = new PowerBiClientProperties(Duration.ofSeconds(10),
				Duration.ofSeconds(30));
		return new PowerBiClient(new PowerBiHttp(server::url, () -> tokens,
				PowerBiClientConfiguration.restClient(RestClient.builder(), properties)));
	}

}
