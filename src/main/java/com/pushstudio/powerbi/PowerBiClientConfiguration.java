package com.pushstudio.powerbi;

import com.pushstudio.account.CloudEndpoints;
import com.pushstudio.account.PowerBiTokens;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

@Configuration(proxyBeanMethods = false)
class PowerBiClientConfiguration {

	@Bean
	PowerBiClient powerBiClient(CloudEndpoints endpoints, ObjectProvider<PowerBiTokens> tokens,
			RestClient.Builder builder, PowerBiClientProperties properties) {
		return new PowerBiClient(
				new PowerBiHttp(endpoints::powerBiApiUrl, tokens::getObject, restClient(builder, properties)));
	}

	/**
	 * Redirects are not followed: Power BI's API does not redirect, and a followed
	 * redirect could carry the bearer token to another host.
	 */
	static RestClient restClient(RestClient.Builder builder, PowerBiClientProperties properties) {
		HttpClientSettings settings = HttpClientSettings.defaults()
			.withTimeouts(properties.connectTimeout(), properties.readTimeout())
			.withRedirects(HttpRedirects.DONT_FOLLOW);
		return builder.clone().requestFactory(ClientHttpRequestFactoryBuilder.jdk().build(settings)).build();
	}

}
