package com.pushstudio.powerbi;

import com.pushstudio.account.CloudEndpoints;
import com.pushstudio.web.MicrosoftApiClients;
import com.pushstudio.account.PowerBiTokens;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

@Configuration(proxyBeanMethods = false)
class PowerBiClientConfiguration {

	/** Connections kept open to Power BI, shared by all users and jobs. */
	static final int CONNECTIONS = 64;

	@Bean
	PowerBiClient powerBiClient(CloudEndpoints endpoints, ObjectProvider<PowerBiTokens> tokens,
			RestClient.Builder builder, PowerBiClientProperties properties) {
		return new PowerBiClient(
				new PowerBiHttp(endpoints::powerBiApiUrl, tokens::getObject, restClient(builder, properties)));
	}

	/** Pooled, no redirects, no retries of its own: see {@link MicrosoftApiClients}. */
	static RestClient restClient(RestClient.Builder builder, PowerBiClientProperties properties) {
		return MicrosoftApiClients.restClient(builder, properties.connectTimeout(), properties.readTimeout(),
				CONNECTIONS);
	}

}
