package com.pushstudio.account;

import java.time.Duration;

import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.OAuth2RefreshTokenGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.RestClientRefreshTokenTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.web.client.RestClient;

/**
 * The clients of the authority's token endpoint: Spring Security's, on an HTTP client of
 * our choosing. Left to itself it would take Apache HttpClient (on the classpath for the
 * Power BI calls) with its automatic retries, which repeat a 429 or 503 after whatever
 * Retry-After the authority names, holding a sign-in or an upload for that long without a
 * word. A refused token request is reported at once instead, and a silent authority times
 * out.
 */
final class TokenEndpointClients {

	static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

	static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

	private TokenEndpointClients() {
	}

	static OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> authorizationCode() {
		var client = new RestClientAuthorizationCodeTokenResponseClient();
		client.setRestClient(restClient());
		return client;
	}

	static OAuth2AccessTokenResponseClient<OAuth2RefreshTokenGrantRequest> refreshToken() {
		var client = new RestClientRefreshTokenTokenResponseClient();
		client.setRestClient(restClient());
		return client;
	}

	/**
	 * What Spring Security's default client is made of, on a client that never retries.
	 */
	private static RestClient restClient() {
		HttpClientSettings settings = HttpClientSettings.defaults()
			.withTimeouts(CONNECT_TIMEOUT, READ_TIMEOUT)
			.withRedirects(HttpRedirects.DONT_FOLLOW);
		return RestClient.builder()
			.requestFactory(ClientHttpRequestFactoryBuilder.httpComponents()
				.withHttpClientCustomizer(HttpClientBuilder::disableAutomaticRetries)
				.build(settings))
			.configureMessageConverters((converters) -> converters.addCustomConverter(new FormHttpMessageConverter())
				.addCustomConverter(new OAuth2AccessTokenResponseHttpMessageConverter()))
			.defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
			.build();
	}

}
