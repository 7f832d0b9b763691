package com.pushstudio.graph;

import com.pushstudio.account.CloudEndpoints;
import com.pushstudio.web.MicrosoftApiClients;
import com.pushstudio.account.GraphTokens;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
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

	/** Pooled, no redirects, no retries of its own: see {@link MicrosoftApiClients}. */
	static RestClient restClient(RestClient.Builder builder, GraphClientProperties properties) {
		return MicrosoftApiClients.restClient(builder, properties.connectTimeout(), properties.readTimeout(),
				CONNECTIONS);
	}

}
