package com.pushstudio.web;

import java.time.Duration;

import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.web.client.RestClient;

/**
 * The HTTP client the Power BI and Graph clients share the shape of. Redirects are not
 * followed: neither API redirects, and a followed redirect could carry the bearer token
 * to another host. Apache HttpClient, not the JDK's: it sends and reads on the calling
 * thread from a pool of kept-alive connections, where the JDK client behind
 * {@code RestClient} handed every request with a body to new threads. Its own retries are
 * off: it would repeat a 429 or 503 behind the back of the caller's pacing and bounds.
 */
public final class MicrosoftApiClients {

	private MicrosoftApiClients() {
	}

	/**
	 * @param connections connections kept open to the API's one host, shared by every
	 * user and job: HttpClient's default of 5 per host would queue one person's page
	 * behind others' work
	 */
	public static RestClient restClient(RestClient.Builder builder, Duration connectTimeout, Duration readTimeout,
			int connections) {
		HttpClientSettings settings = HttpClientSettings.defaults()
			.withTimeouts(connectTimeout, readTimeout)
			.withRedirects(HttpRedirects.DONT_FOLLOW);
		var requestFactory = ClientHttpRequestFactoryBuilder.httpComponents()
			.withHttpClientCustomizer(HttpClientBuilder::disableAutomaticRetries)
			.withConnectionManagerCustomizer(
					(pool) -> pool.setMaxConnPerRoute(connections).setMaxConnTotal(connections))
			.build(settings);
		return builder.clone().requestFactory(requestFactory).build();
	}

}
