package com.pushstudio.powerbi;

import com.pushstudio.account.CloudEndpoints;
import com.pushstudio.account.PowerBiTokens;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
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

	/**
	 * Redirects are not followed: Power BI's API does not redirect, and a followed
	 * redirect could carry the bearer token to another host. Apache HttpClient, not the
	 * JDK's: it sends and reads on the calling thread from a pool of kept-alive
	 * connections, where the JDK client behind {@code RestClient} handed every request
	 * with a body to new threads, time a paced upload spends between requests.
	 */
	static RestClient restClient(RestClient.Builder builder, PowerBiClientProperties properties) {
		HttpClientSettings settings = HttpClientSettings.defaults()
			.withTimeouts(properties.connectTimeout(), properties.readTimeout())
			.withRedirects(HttpRedirects.DONT_FOLLOW);
		// Every user's calls go to the one Power BI host: HttpClient's default of 5
		// connections per host would queue one person's page behind others' uploads.
		// Its own retries are off: it would repeat a 429 or 503 after Retry-After behind
		// the pacer's back, and what follows a failed Post Rows is the upload's call.
		var requestFactory = ClientHttpRequestFactoryBuilder.httpComponents()
			.withHttpClientCustomizer(HttpClientBuilder::disableAutomaticRetries)
			.withConnectionManagerCustomizer(
					(pool) -> pool.setMaxConnPerRoute(CONNECTIONS).setMaxConnTotal(CONNECTIONS))
			.build(settings);
		return builder.clone().requestFactory(requestFactory).build();
	}

}
