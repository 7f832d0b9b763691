package com.pushstudio.graph;

import com.pushstudio.account.CloudEndpoints;
import com.pushstudio.account.GraphTokens;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

@Configuration(proxyBeanMethods = false)
class GraphClientConfiguration {

	/** Connections kept open to Graph, shared by all users and syncs. */
	static final int CONNECTIONS = 32;

	@Bean
	GraphClient graphClient(CloudEndpoints endpoints, ObjectProvider<GraphTokens> tokens, RestClient.Builder builder,
			JsonMapper json, GraphClientProperties properties) {
		var http = new GraphHttp(endpoints::graphApiUrl, tokens::getObject, restClient(builder, properties), json,
				properties);
		return new GraphClient(http, new GraphReader(json), properties.maxPages());
	}

	/**
	 * Redirects are not followed: a followed redirect could carry the bearer token to
	 * another host. Apache HttpClient's own retries are off: they would repeat a 429 or
	 * 503 behind the bounds this client keeps.
	 */
	static RestClient restClient(RestClient.Builder builder, GraphClientProperties properties) {
		HttpClientSettings settings = HttpClientSettings.defaults()
			.withTimeouts(properties.connectTimeout(), properties.readTimeout())
			.withRedirects(HttpRedirects.DONT_FOLLOW);
		var requestFactory = ClientHttpRequestFactoryBuilder.httpComponents()
			.withHttpClientCustomizer(HttpClientBuilder::disableAutomaticRetries)
			.withConnectionManagerCustomizer(
					(pool) -> pool.setMaxConnPerRoute(CONNECTIONS).setMaxConnTotal(CONNECTIONS))
			.build(settings);
		return builder.clone().requestFactory(requestFactory).build();
	}

}
