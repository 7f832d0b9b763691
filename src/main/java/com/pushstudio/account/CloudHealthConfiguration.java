package com.pushstudio.account;

import java.time.Duration;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Health of the cloud this run talks to, in the {@code cloud} health group: whether the
 * authority serves its OpenID configuration and whether the Power BI API answers at all.
 * A host that does not is {@link #UNREACHABLE}, not DOWN: the app itself is well, and a
 * probe that restarted or drained every instance because Microsoft is unreachable would
 * only add an outage. The {@code cloud} group maps it to 503 (application.yml).
 */
@Configuration(proxyBeanMethods = false)
class CloudHealthConfiguration {

	static final Status UNREACHABLE = new Status("UNREACHABLE", "does not answer as expected");

	private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);

	private static final Duration READ_TIMEOUT = Duration.ofSeconds(5);

	/** One client for both checks: each asks one address, seconds apart at most. */
	private final RestClient client;

	CloudHealthConfiguration(RestClient.Builder builder) {
		this.client = client(builder);
	}

	@Bean
	HealthIndicator authorityHealthIndicator(CloudEndpoints endpoints) {
		// Any tenant value the app is configured with must have an OpenID configuration.
		return new Reachability(this.client,
				() -> endpoints.authorityHost() + "/" + endpoints.tenant() + "/v2.0/.well-known/openid-configuration",
				(status) -> status == 200);
	}

	@Bean
	HealthIndicator powerBiHealthIndicator(CloudEndpoints endpoints) {
		// Asked without a token, Power BI answers 401 or 403: that it answers is what
		// counts.
		return new Reachability(this.client, () -> endpoints.powerBiApiUrl() + "/v1.0/myorg/groups",
				(status) -> status < 500 && status != 404);
	}

	private static RestClient client(RestClient.Builder builder) {
		HttpClientSettings settings = HttpClientSettings.defaults()
			.withTimeouts(CONNECT_TIMEOUT, READ_TIMEOUT)
			.withRedirects(HttpRedirects.DONT_FOLLOW);
		return builder.clone().requestFactory(ClientHttpRequestFactoryBuilder.jdk().build(settings)).build();
	}

	/** UP when the address answers with a status the predicate accepts. */
	record Reachability(RestClient client, Supplier<String> url, IntPredicate healthy) implements HealthIndicator {

		@Override
		public Health health() {
			try {
				int status = this.client.get()
					.uri(this.url.get())
					.exchange((request, response) -> response.getStatusCode().value());
				return (this.healthy.test(status) ? Health.up() : Health.status(UNREACHABLE))
					.withDetail("status", status)
					.build();
			}
			catch (RestClientException ex) {
				// The class only: an exception's text can carry addresses and means
				// little here.
				return Health.status(UNREACHABLE).withDetail("error", ex.getClass().getSimpleName()).build();
			}
		}

	}

}
